using CareerBot.Dialogs.Tests.Infrastructure;

namespace CareerBot.Dialogs.Tests.Dialogs;

public sealed class WaterfallDialogTests
{
    [Fact]
    public Task A_waterfall_asks_its_questions_top_to_bottom_over_several_turns() =>
        new DialogTestBot(new ProfileDialog()).Flow()
            .Send("hi").AssertReply("What is your name?")
            .Send("Ada").AssertReply("How old are you, Ada?")
            .Send("thirty-six").AssertReplyWithButtons("Ada, 36: is that right?", "Yes", "No")
            .Send("yeah").AssertReply("Thanks, noted.")
            .AssertReply("[complete] {\"name\":\"Ada\",\"age\":36}")
            .StartTestAsync();

    [Fact]
    public Task A_new_message_after_the_end_starts_the_dialog_again() =>
        new DialogTestBot(new ProfileDialog()).Flow()
            .Send("hi").AssertReply("What is your name?")
            .Send("Ada").AssertReply("How old are you, Ada?")
            .Send("17").AssertReply("Ada, 17: is that right?")
            .Send("nope").AssertReply("Let's leave it there.")
            .AssertReply("[complete] {\"name\":\"Ada\",\"age\":17}")
            .Send("hello again").AssertReply("What is your name?")
            .StartTestAsync();

    [Fact]
    public Task Back_returns_to_the_previous_question_and_the_answers_continue_from_there() =>
        new DialogTestBot(new QuizDialog()).Flow()
            .Send("start").AssertReply("1/3. Do you enjoy technology?")
            .Send("4").AssertReply("2/3. Do you like leading people?")
            .Send("back").AssertReply("1/3. Do you enjoy technology?")
            .Send("2").AssertReply("2/3. Do you like leading people?")
            .Send("pretty much").AssertReply("3/3. Do you stay calm under pressure?")
            .Send("8 out of 10").AssertReply("[complete] {\"q1\":2,\"q2\":4,\"q3\":4}")
            .StartTestAsync();

    [Fact]
    public Task Skip_moves_to_the_next_question_and_leaves_the_answer_empty() =>
        new DialogTestBot(new QuizDialog()).Flow()
            .Send("start").AssertReply("1/3. Do you enjoy technology?")
            .Send("skip").AssertReply("2/3. Do you like leading people?")
            .Send("absolutely").AssertReply("3/3. Do you stay calm under pressure?")
            .Send("pas vraiment").AssertReply("[complete] {\"q1\":null,\"q2\":5,\"q3\":2}")
            .StartTestAsync();

    [Fact]
    public Task Back_on_the_first_question_asks_it_again() =>
        new DialogTestBot(new QuizDialog()).Flow()
            .Send("start").AssertReply("1/3. Do you enjoy technology?")
            .Send("back").AssertReply("1/3. Do you enjoy technology?")
            .StartTestAsync();
}
