using System.Net;
using CareerBot.Cli;
using CareerBot.Tests.Advisor.Infrastructure;
using CareerBot.Understanding;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Tests.Counselling;

/// <summary>
/// "Add as an example": a question the bot got wrong becomes a labelled training example in the knowledge folder, which
/// <c>careerbot check</c> accepts and understanding learns from, so the next student asking it is understood.
/// </summary>
public sealed class AddAsExampleTests : IDisposable
{
    // Slang the model reads as an education question before any counsellor teaches it otherwise.
    private const string Misread = "whats the bag for an IT analyst";

    private readonly KnowledgeCopy knowledge = new();
    private readonly ConsoleHost host;

    public AddAsExampleTests() =>
        host = new ConsoleHost(new Dictionary<string, string?> { ["Knowledge:Folder"] = knowledge.Folder });

    private string AddedFile => Path.Combine(knowledge.Folder, "language", "en", "examples", "added-salary.yaml");

    [Fact]
    public async Task A_question_called_wrong_is_added_as_a_salary_example_and_the_next_student_asking_it_gets_the_salary_answer()
    {
        var student = host.Bot.StartChat(StudentPath.DirectLine);
        var before = await student.SendAsync(Misread);
        Assert.DoesNotContain("Salary", before.Text, StringComparison.Ordinal);
        await student.SendAsync("that's wrong");
        await host.FlushAsync();
        var counsellor = await host.SignedInAsync();
        var examplesBefore = CheckCommand.Run(knowledge.Folder).Examples;
        var id = (await host.Store.QuestionsAsync(0, 10, openOnly: true, CancellationToken.None)).Page.Single().Id;
        var page = await counsellor.GetStringAsync("counsellor/questions");
        Assert.Contains($"<a href=\"/counsellor/questions/example?id={Uri.EscapeDataString(id)}\">Add as an example</a>", page);
        var form = await counsellor.GetStringAsync($"counsellor/questions/example?id={Uri.EscapeDataString(id)}");
        Assert.Contains($"name=\"text\" maxlength=\"300\" required value=\"{Misread}\"", form);
        Assert.Contains("read as IT Analyst &#183; education &#183; Question", form);
        Assert.Contains("<option value=\"education\" selected>education: degrees, diplomas", form); // as the bot read it
        Assert.Contains("<option value=\"salary\">salary: pay, wages, income", form);
        Assert.DoesNotContain("value=\"question\"", form);
        Assert.DoesNotContain("value=\"rating\"", form);

        using var added = await counsellor.PostAsync($"counsellor/questions/example?id={Uri.EscapeDataString(id)}",
            new FormUrlEncodedContent([new("text", Misread), new("label", "salary"), new("language", "en")]));

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal("/counsellor/questions?added=language%2Fen%2Fexamples%2Fadded-salary.yaml%3A5", added.Headers.Location!.OriginalString);
        var after = await counsellor.GetStringAsync(added.Headers.Location!.OriginalString.TrimStart('/'));
        Assert.Contains("Added as an example at language/en/examples/added-salary.yaml:5. CareerBot learns from it within a few seconds.", after);
        Assert.DoesNotContain(Misread, after);
        Assert.Contains("handled, added as an example of salary", await counsellor.GetStringAsync("counsellor/questions?all=1"));
        using var again = await counsellor.GetAsync($"counsellor/questions/example?id={Uri.EscapeDataString(id)}");
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode); // handled: nothing more to add

        Assert.EndsWith($"label: salary\nexamples:\n  - \"{Misread}\"\n", await File.ReadAllTextAsync(AddedFile));
        var checkedAfter = CheckCommand.Run(knowledge.Folder);
        Assert.Empty(checkedAfter.Problems);
        Assert.Equal(examplesBefore + 1, checkedAfter.Examples);

        await RetrainedAsync(model => model.Interpret(Misread).Topic == "salary");
        var next = await host.Bot.StartChat(StudentPath.DirectLine).SendAsync(Misread);
        Assert.Contains("Salary figures for IT Analyst", next.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_example_that_check_would_report_is_refused_with_the_reason_and_the_folder_is_left_as_it_was()
    {
        var id = await KeptQuestionAsync();
        var counsellor = await host.SignedInAsync();

        // Already a salary example in the hand-written file: labelled duties, it would teach the model doubt.
        using var clash = await counsellor.PostAsync($"counsellor/questions/example?id={Uri.EscapeDataString(id)}",
            new FormUrlEncodedContent([new("text", "how much do IT analysts make"), new("label", "duties"), new("language", "en")]));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, clash.StatusCode);
        var body = await clash.Content.ReadAsStringAsync();
        Assert.Matches(@"The same words are already an example of salary \(language/en/examples/salary\.yaml:[0-9]+\)\. Two labels", body);
        Assert.Contains("required value=\"how much do IT analysts make\"", body); // the form again, as the counsellor left it
        Assert.Contains("<option value=\"duties\" selected>", body);
        Assert.False(File.Exists(Path.Combine(knowledge.Folder, "language", "en", "examples", "added-duties.yaml")));
        Assert.Empty(CheckCommand.Run(knowledge.Folder).Problems);
        Assert.Contains("youtuber", await counsellor.GetStringAsync("counsellor/questions"));
    }

    [Fact]
    public async Task An_example_that_check_would_report_is_taken_back_with_check_s_words()
    {
        const string HeldOut = "do youtubers get paid well in nunavut";
        knowledge.AddEvaluationMessage("en", HeldOut, "salary");
        var id = await KeptQuestionAsync();

        using var response = await (await host.SignedInAsync()).PostAsync($"counsellor/questions/example?id={Uri.EscapeDataString(id)}",
            new FormUrlEncodedContent([new("text", HeldOut), new("label", "salary"), new("language", "en")]));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Not added, because careerbot check would report: language/en/examples/added-salary.yaml:5: " +
            "this example is also in the evaluation set test; reword or remove it", await response.Content.ReadAsStringAsync());
        Assert.False(File.Exists(AddedFile));
        Assert.Empty(CheckCommand.Run(knowledge.Folder).Problems);
    }

    [Theory]
    [InlineData("", "salary", "en", "An example needs 1 to 300 characters of words.")]
    [InlineData("?!", "salary", "en", "An example needs 1 to 300 characters of words.")]
    [InlineData("how much does a youtuber make", "question", "en", "Choose what the question asks from the list.")]
    [InlineData("how much does a youtuber make", "rating", "en", "Choose what the question asks from the list.")]
    [InlineData("how much does a youtuber make", "salary", "de", "Choose the question&#39;s language from the list.")]
    public async Task A_form_without_words_a_choosable_label_or_a_known_language_is_refused(string text, string label, string language, string reason)
    {
        var id = await KeptQuestionAsync();
        var counsellor = await host.SignedInAsync();

        using var response = await counsellor.PostAsync($"counsellor/questions/example?id={Uri.EscapeDataString(id)}",
            new FormUrlEncodedContent([new("text", text), new("label", label), new("language", language)]));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync());
        Assert.Empty(Directory.GetFiles(Path.Combine(knowledge.Folder, "language"), "added-*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Without_sign_in_or_from_another_site_nothing_is_written()
    {
        var id = await KeptQuestionAsync();
        var form = () => new FormUrlEncodedContent([new("text", "how much does a youtuber make"), new("label", "salary"), new("language", "en")]);

        using var anonymous = await host.Anonymous().PostAsync($"counsellor/questions/example?id={Uri.EscapeDataString(id)}", form());
        var counsellor = await host.SignedInAsync();
        using var crossSite = new HttpRequestMessage(HttpMethod.Post, $"counsellor/questions/example?id={Uri.EscapeDataString(id)}") { Content = form() };
        crossSite.Headers.Add("Origin", "https://elsewhere.example");
        using var refused = await counsellor.SendAsync(crossSite);
        using var gone = await counsellor.PostAsync("counsellor/questions/example?id=2026-01-01%2F0-none", form());

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/counsellor/sign-in", anonymous.Headers.Location!.AbsolutePath);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.False(File.Exists(AddedFile));
    }

    [Fact]
    public async Task A_crafted_link_cannot_put_its_own_words_in_the_added_notice()
    {
        var page = await (await host.SignedInAsync()).GetStringAsync("counsellor/questions?added=" + Uri.EscapeDataString("your account is locked, call 555"));

        Assert.DoesNotContain("account is locked", page);
        Assert.DoesNotContain("class=\"notice\"", page);
    }

    private async Task<string> KeptQuestionAsync()
    {
        await host.Bot.StartChat(StudentPath.DirectLine).SendAsync("how much does a youtuber make?");
        await host.FlushAsync();
        return (await host.Store.QuestionsAsync(0, 10, openOnly: true, CancellationToken.None)).Page.Single().Id;
    }

    /// <summary>Waits (at most a minute) for the folder watcher's retraining to take the new example in.</summary>
    private async Task RetrainedAsync(Func<UnderstandingService, bool> learned)
    {
        var service = host.Bot.Services.GetRequiredService<UnderstandingService>();
        for (var waited = TimeSpan.Zero; !learned(service); waited += TimeSpan.FromMilliseconds(200))
        {
            Assert.True(waited < TimeSpan.FromMinutes(1), "understanding did not retrain from the added example");
            await Task.Delay(200);
        }
    }

    public void Dispose()
    {
        host.Dispose();
        knowledge.Dispose();
    }
}
