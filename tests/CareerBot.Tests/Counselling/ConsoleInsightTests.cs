using System.Net;
using System.Text.Json;
using CareerBot.Advisor.Replies;
using CareerBot.Counselling.Insights;
using CareerBot.Tests.Advisor.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Tests.Counselling;

/// <summary>
/// What students do reaches the console as counts and kept questions, with no student id: a student asks through
/// Direct Line (the web chat's path), a counsellor reads it in the console.
/// </summary>
public sealed class ConsoleInsightTests : IDisposable
{
    private readonly ConsoleHost host = new();

    [Fact]
    public async Task A_question_the_bot_cannot_answer_appears_in_the_console_masked_newest_first_and_can_be_marked_handled()
    {
        var student = host.Bot.StartChat(StudentPath.DirectLine);
        await student.SendAsync("how much does a youtuber make? write to sam.lee@example.com");
        await student.SendAsync("can an influencer work remotely? call me at 604-555-0199");
        await host.FlushAsync();
        var counsellor = await host.SignedInAsync();

        var page = await counsellor.GetStringAsync("counsellor/questions");

        Assert.Contains("can an influencer work remotely? call me at [phone]", page);
        Assert.Contains("how much does a youtuber make? write to [email]", page);
        Assert.DoesNotContain("sam.lee@example.com", page);
        Assert.DoesNotContain("604-555-0199", page);
        Assert.True(page.IndexOf("influencer", StringComparison.Ordinal) < page.IndexOf("youtuber", StringComparison.Ordinal), "newest first");
        Assert.Contains("not answered", page);

        var (questions, _) = await host.Store.QuestionsAsync(0, 10, openOnly: true, CancellationToken.None);
        var youtuber = questions.Single(q => q.Text!.Contains("youtuber", StringComparison.Ordinal));
        using var handled = await counsellor.PostAsync($"counsellor/questions/handled?id={Uri.EscapeDataString(youtuber.Id)}", null);
        Assert.Equal(HttpStatusCode.Redirect, handled.StatusCode);
        var open = await counsellor.GetStringAsync("counsellor/questions");
        Assert.DoesNotContain("youtuber", open);
        Assert.Contains("influencer", open);
        Assert.Contains("youtuber", await counsellor.GetStringAsync("counsellor/questions?all=1"));
    }

    [Fact]
    public async Task The_overview_counts_conversations_questions_fit_checks_by_band_and_feedback_without_ids()
    {
        var first = host.Bot.StartChat(StudentPath.DirectLine);
        await first.SendAsync("what does an IT analyst do?");
        await first.SendAsync(Button.HelpfulValue);
        await FitCheckScript.RunAsync(first, "am I a good fit for IT service manager?", Enumerable.Repeat("4", 8));
        var second = host.Bot.StartChat(StudentPath.Connector);
        await second.SendAsync("how much do cyber security specialists make?");
        await second.SendAsync("that's wrong");
        await host.FlushAsync();

        var today = InsightStore.DayOf(DateTimeOffset.UtcNow);
        var counts = (await host.Store.DaysAsync(today, today, CancellationToken.None)).Single().Counts;
        Assert.Equal(2, counts.Conversations);
        Assert.Equal(2, counts.Questions);
        Assert.Equal(1, counts.QuestionsByTopic["duties"]);
        Assert.Equal(1, counts.QuestionsByTopic["salary"]);
        Assert.Equal(1, counts.QuestionsByCareer["cyber-security-specialist"]);
        Assert.Equal(1, counts.FitChecksStarted["it-service-manager"]);
        Assert.Equal(1, counts.FitChecksFinished["it-service-manager"]["strong"]);
        Assert.Equal((1, 1), (counts.Helpful, counts.NotHelpful));

        var overview = await (await host.SignedInAsync()).GetStringAsync("counsellor");
        Assert.Contains("<span class=\"muted\">Rated helpful</span><b>50% of 2</b>", overview);
        Assert.Contains("<td>IT Service Manager</td><td>1</td><td>1</td><td>1</td><td>0</td><td>0</td>", overview);
        Assert.Contains("<svg role=\"img\"", overview);
        Assert.Contains("aria-label=\"Questions by career: Cyber Security Specialist 1, IT Analyst 1\"", overview);
        Assert.DoesNotContain("student-", overview);

        // The answer called wrong is kept with the question it answered, for the counsellors to look at.
        var questions = await (await host.SignedInAsync()).GetStringAsync("counsellor/questions");
        Assert.Contains("how much do cyber security specialists make?", questions);
        Assert.Contains("student said not helpful", questions);
    }

    [Fact]
    public async Task Every_answer_card_carries_helpful_and_not_helpful_buttons_that_post_fixed_texts()
    {
        var replies = await host.Bot.StartConversation().SendAsync("what does an IT manager do?");

        var card = Assert.Single(replies.Cards(FitCheckScript.ScaleAdaptiveCard));
        var submits = card.GetProperty("actions").EnumerateArray()
            .Where(a => a.GetProperty("type").GetString() == "Action.Submit")
            .Select(a => (a.GetProperty("title").GetString(), a.GetProperty("data").GetProperty("text").GetString()))
            .ToList();
        Assert.Equal([("Helpful", Button.HelpfulValue), ("Not helpful", Button.NotHelpfulValue)], submits);

        var french = await host.Bot.StartConversation().SendAsync("que fait un directeur informatique ?", "fr-CA");
        var frenchTitles = Assert.Single(french.Cards(FitCheckScript.ScaleAdaptiveCard)).GetProperty("actions").EnumerateArray()
            .Where(a => a.GetProperty("type").GetString() == "Action.Submit").Select(a => a.GetProperty("title").GetString());
        Assert.Equal(["Utile", "Pas utile"], frenchTitles);
    }

    [Fact]
    public async Task Where_cards_are_not_shown_the_answer_text_says_how_to_rate_it()
    {
        var replies = await host.Bot.StartConversation(channelId: "sms").SendAsync("what does an IT manager do?");

        Assert.EndsWith("Was this helpful? Say \"helpful\" or \"that's wrong\".", replies.Last.Text);
    }

    [Fact]
    public async Task The_csv_export_has_the_days_counts_and_no_question_text()
    {
        var student = host.Bot.StartChat(StudentPath.DirectLine);
        await student.SendAsync("what does an IT manager do?");
        await student.SendAsync("how much does a youtuber make?");
        await host.FlushAsync();

        using var response = await (await host.SignedInAsync()).GetAsync("counsellor/export.csv?days=7");

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var csv = await response.Content.ReadAsStringAsync();
        var today = InsightStore.DayOf(DateTimeOffset.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.StartsWith("date,measure,key,count\r\n", csv);
        Assert.Contains($"{today},questions,,2\r\n", csv);
        Assert.Contains($"{today},unanswered,,1\r\n", csv);
        Assert.Contains($"{today},questions-by-career,it-manager,1\r\n", csv);
        Assert.DoesNotContain("youtuber", csv);
        Assert.Equal(7, csv.Split("\r\n").Count(l => l.Contains(",conversations,", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_retention_purge_deletes_question_texts_older_than_the_retention_and_keeps_newer_ones()
    {
        var now = DateTimeOffset.UtcNow;
        await host.Store.KeepAsync(Question("an old question", now.AddDays(-31)), CancellationToken.None);
        await host.Store.KeepAsync(Question("a question from last week", now.AddDays(-7)), CancellationToken.None);

        var purged = await host.Bot.Services.GetRequiredService<InsightHousekeeping>().PurgeAsync();

        Assert.Equal(1, purged);
        var (kept, total) = await host.Store.QuestionsAsync(0, 10, openOnly: false, CancellationToken.None);
        Assert.Equal(["a question from last week"], kept.Select(q => q.Text));
        Assert.Equal(1, total);
    }

    [Fact]
    public async Task The_knowledge_page_lists_the_careers_and_says_the_check_passes()
    {
        var page = await (await host.SignedInAsync()).GetStringAsync("counsellor/knowledge");

        Assert.Contains("<h2>924 careers loaded</h2>", page);
        Assert.Contains("917 occupations from the official catalogue (knowledge/catalogue), and 7 hand-written guides:", page);
        Assert.Contains("IT Service Manager", page);
        Assert.Contains("No problems: every career file and labelled example passes", page);
    }

    public void Dispose() => host.Dispose();

    private static QuestionRecord Question(string text, DateTimeOffset at) => new()
    {
        Id = InsightStore.NewQuestionId(at),
        At = at,
        Text = text,
        Reason = QuestionReasons.Unanswered,
        Intent = "Question",
        Language = "en",
    };
}

/// <summary>With <c>Counselling:KeepQuestionText</c> off, only what a question was read as is kept, never its words.</summary>
public sealed class ConsoleWithoutQuestionTextTests : IDisposable
{
    private readonly ConsoleHost host = new(new Dictionary<string, string?> { ["Counselling:KeepQuestionText"] = "false" });

    [Fact]
    public async Task An_unanswered_question_is_counted_and_listed_without_its_text()
    {
        await host.Bot.StartChat(StudentPath.DirectLine).SendAsync("how much does a youtuber make?");
        await host.FlushAsync();

        var page = await (await host.SignedInAsync()).GetStringAsync("counsellor/questions");

        Assert.Contains("(text not kept)", page);
        Assert.DoesNotContain("youtuber", page);
        Assert.DoesNotContain("Add as an example", page); // there is no text to add
        Assert.Contains("Question texts are not kept", page);
    }

    [Fact]
    public async Task Turning_texts_off_makes_the_purge_delete_every_kept_text()
    {
        await host.Store.KeepAsync(new QuestionRecord
        {
            Id = InsightStore.NewQuestionId(DateTimeOffset.UtcNow), At = DateTimeOffset.UtcNow, Text = "kept before the school turned texts off",
            Reason = QuestionReasons.Unanswered, Intent = "Question", Language = "en",
        }, CancellationToken.None);

        await host.Bot.Services.GetRequiredService<InsightHousekeeping>().PurgeAsync();

        Assert.Equal(0, (await host.Store.QuestionsAsync(0, 10, openOnly: false, CancellationToken.None)).Total);
    }

    public void Dispose() => host.Dispose();
}

/// <summary>The kept questions page by page, newest first, with and without the handled ones.</summary>
public sealed class KeptQuestionPagingTests
{
    [Fact]
    public async Task Pages_go_back_in_time_without_gaps_or_repeats_and_open_only_leaves_handled_ones_out()
    {
        var store = new InsightStore(new CareerBot.BotFramework.Storage.MemoryStorage());
        var now = DateTimeOffset.UtcNow;
        for (var i = 0; i < 130; i++)
        {
            await store.KeepAsync(new QuestionRecord
            {
                Id = InsightStore.NewQuestionId(now.AddMinutes(-37 * i)), At = now.AddMinutes(-37 * i), Text = $"question {i}",
                Reason = QuestionReasons.Unanswered, Intent = "Question", Language = "en",
            }, CancellationToken.None);
        }

        var (first, total) = await store.QuestionsAsync(0, 50, openOnly: false, CancellationToken.None);
        var (third, _) = await store.QuestionsAsync(100, 50, openOnly: false, CancellationToken.None);
        Assert.Equal(130, total);
        Assert.Equal(Enumerable.Range(0, 50).Select(i => $"question {i}"), first.Select(q => q.Text));
        Assert.Equal(Enumerable.Range(100, 30).Select(i => $"question {i}"), third.Select(q => q.Text));

        foreach (var q in first.Where((_, i) => i % 2 == 0))
        {
            await store.MarkHandledAsync(q.Id, CancellationToken.None);
        }

        var (open, openTotal) = await store.QuestionsAsync(50, 50, openOnly: true, CancellationToken.None);
        Assert.Equal(105, openTotal);
        Assert.Equal(Enumerable.Range(75, 50).Select(i => $"question {i}"), open.Select(q => q.Text));
    }
}
