using CareerBot.Advisor.Understanding;

namespace CareerBot.Tests.Advisor;

public sealed class CommandReaderTests
{
    [Theory]
    [InlineData("help", AdvisorCommand.Help)]
    [InlineData("Help please", AdvisorCommand.Help)]
    [InlineData("cancel", AdvisorCommand.Cancel)]
    [InlineData("Stop the quiz", AdvisorCommand.Cancel)]
    [InlineData("annuler", AdvisorCommand.Cancel)]
    [InlineData("start over", AdvisorCommand.StartOver)]
    [InlineData("Please forget me.", AdvisorCommand.ForgetMe)]
    [InlineData("oublie-moi", AdvisorCommand.ForgetMe)]
    [InlineData("show my results", AdvisorCommand.ShowResults)]
    [InlineData("Can I see my results?", AdvisorCommand.ShowResults)]
    [InlineData("fit check", AdvisorCommand.StartFitCheck)]
    [InlineData("take the quiz", AdvisorCommand.StartFitCheck)]
    [InlineData("Am I a good fit for IT service manager?", AdvisorCommand.StartFitCheck)]
    [InlineData("Would I make a good IT manager?", AdvisorCommand.StartFitCheck)]
    [InlineData("Can you tell whether I'd be a good IT analyst?", AdvisorCommand.StartFitCheck)]
    [InlineData("quiz me", AdvisorCommand.StartFitCheck)]
    [InlineData("skip", AdvisorCommand.Skip)]
    [InlineData("next question", AdvisorCommand.Skip)]
    [InlineData("go back", AdvisorCommand.Back)]
    [InlineData("Bonjour !", AdvisorCommand.Greeting)]
    [InlineData("thank you", AdvisorCommand.Thanks)]
    public void Commands_are_recognised_in_everyday_wording(string text, AdvisorCommand expected)
    {
        Assert.Equal(expected, CommandReader.Read(text));
    }

    [Theory]
    [InlineData("How do I skip the line at the bank?")]
    [InlineData("Is the job stressful? Help desk work sounds hard")]
    [InlineData("no")]
    [InlineData("4")]
    [InlineData("What does an IT service manager do?")]
    [InlineData("")]
    public void Words_inside_a_question_or_an_answer_are_not_taken_for_commands(string text)
    {
        Assert.Equal(AdvisorCommand.None, CommandReader.Read(text));
    }

    [Theory]
    [InlineData("How much do they earn?", true)]
    [InlineData("what do they do all day", true)]
    [InlineData("combien gagnent-ils ?", true)]
    [InlineData("salary in alberta please?", true)]
    [InlineData("4?", false)]
    [InlineData("yeah mostly", false)]
    [InlineData("not really", false)]
    public void Questions_are_told_from_answers_by_their_form(string text, bool isQuestion)
    {
        Assert.Equal(isQuestion, QuestionDetector.LooksLikeQuestion(text));
    }

    [Theory]
    [InlineData("am I a good fit for astronaut?", true)]
    [InlineData("fit check for a dentist", true)]
    [InlineData("Am I a good fit?", false)]
    [InlineData("Is this career right for me?", false)]
    [InlineData("take the quiz", false)]
    public void A_fit_check_request_naming_something_is_noticed(string text, bool namesSomething)
    {
        Assert.Equal(namesSomething, FitCheckRequest.NamesSomething(text));
    }
}
