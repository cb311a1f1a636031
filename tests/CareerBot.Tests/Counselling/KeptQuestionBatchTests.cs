using CareerBot.BotFramework.Storage;
using CareerBot.Counselling.Insights;

namespace CareerBot.Tests.Counselling;

/// <summary>Kept questions are written in batches (one transaction each), and a batch meeting one already stored still keeps the rest.</summary>
public sealed class KeptQuestionBatchTests
{
    [Theory]
    [InlineData("memory")]
    [InlineData("sqlite")]
    public async Task Every_question_of_several_batches_is_kept_once_even_when_some_were_stored_before(string kind)
    {
        var folder = Directory.CreateTempSubdirectory("careerbot-kept-");
        using var sqlite = kind == "sqlite" ? new CareerBot.BotFramework.Storage.Sqlite.SqliteStorage(Path.Combine(folder.FullName, "kept.db")) : null;
        IStorage storage = sqlite is not null ? sqlite : new MemoryStorage();
        var store = new InsightStore(storage);
        var now = DateTimeOffset.UtcNow;
        var questions = Enumerable.Range(0, 450).Select(i => new QuestionRecord
        {
            Id = InsightStore.NewQuestionId(now.AddMilliseconds(-i)), At = now, Text = $"question {i}",
            Reason = QuestionReasons.Unanswered, Intent = "Question", Language = "en",
        }).ToList();

        // A flush that half-succeeded before: some of them are stored already, and come round again with the rest.
        await store.KeepAsync(questions[3], CancellationToken.None);
        await store.KeepAsync(questions[250], CancellationToken.None);
        await store.KeepAllAsync(questions, CancellationToken.None, batch: 200);

        var (page, total) = await store.QuestionsAsync(0, 1000, openOnly: true, CancellationToken.None);
        Assert.Equal(450, total);
        Assert.Equal(questions.Select(q => q.Text).Order(), page.Select(q => q.Text).Order());
        sqlite?.Dispose();
        folder.Delete(recursive: true);
    }
}
