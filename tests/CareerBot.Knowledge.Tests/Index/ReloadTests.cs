using CareerBot.Knowledge.Answers;
using CareerBot.Knowledge.Tests.Support;

namespace CareerBot.Knowledge.Tests.Index;

public sealed class ReloadTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly TempKnowledgeFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_new_career_file_is_picked_up_without_a_restart()
    {
        folder.Write("alpha-tester", CareerText.Valid("alpha-tester", "Alpha Tester"));
        using var knowledge = new KnowledgeBase(folder.Root, watchForChanges: true);
        var reloaded = NextReload(knowledge);

        folder.Write("beta-tester", CareerText.Valid("beta-tester", "Beta Tester"));
        await reloaded.WaitAsync(Patience);

        Assert.Equal("beta-tester", Understood.Ask(knowledge, "what does a beta tester do?").Career);
    }

    [Fact]
    public async Task A_broken_edit_keeps_the_last_good_version_and_reports_file_and_line()
    {
        var path = folder.Write("alpha-tester", CareerText.Valid("alpha-tester", "Alpha Tester"));
        using var knowledge = new KnowledgeBase(folder.Root, watchForChanges: true);
        var reloaded = NextReload(knowledge);

        var broken = CareerText.Valid("alpha-tester", "Alpha Tester").Replace("## Duties", "## Chores");
        folder.Write("alpha-tester", broken);
        await reloaded.WaitAsync(Patience);

        var answer = Understood.Ask(knowledge, "what does an alpha tester do?");
        Assert.Equal(("alpha-tester", "duties", true), (answer.Career, answer.Topic, answer.Answered));
        Assert.Contains("They test software", answer.Content(), StringComparison.Ordinal);
        Assert.Contains(knowledge.Problems, p => p.ToString().StartsWith($"{path}:{CareerText.LineOf(broken, "## Chores")}: unknown section 'Chores'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_fixed_file_replaces_the_last_good_version_on_reload()
    {
        folder.Write("alpha-tester", CareerText.Valid("alpha-tester", "Alpha Tester"));
        using var knowledge = new KnowledgeBase(folder.Root, watchForChanges: false);

        folder.Write("alpha-tester", CareerText.Valid("alpha-tester", "Alpha Tester").Replace("They test software", "They break software"));
        knowledge.Reload();

        Assert.Contains("They break software", Understood.Ask(knowledge, "what does an alpha tester do?").Content(), StringComparison.Ordinal);
        Assert.Empty(knowledge.Problems);
    }

    [Fact]
    public void A_deleted_folder_keeps_the_last_good_index()
    {
        folder.Write("alpha-tester", CareerText.Valid("alpha-tester", "Alpha Tester"));
        using var knowledge = new KnowledgeBase(folder.Root, watchForChanges: false);

        Directory.Delete(Path.Combine(folder.Root, "careers"), recursive: true);
        knowledge.Reload();

        Assert.True(Understood.Ask(knowledge, "what does an alpha tester do?").Answered);
        Assert.NotEmpty(knowledge.Problems);
    }

    [Fact]
    public async Task Readers_during_reloads_always_see_a_whole_index()
    {
        folder.Write("alpha-tester", CareerText.Valid("alpha-tester", "Alpha Tester"));
        folder.Write("beta-tester", CareerText.Valid("beta-tester", "Beta Tester"));
        using var knowledge = new KnowledgeBase(folder.Root, watchForChanges: false);
        using var stop = new CancellationTokenSource();

        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            var (asked, wrong) = (0, 0);
            while (!stop.IsCancellationRequested || asked == 0)
            {
                var answer = Understood.Ask(knowledge, "how much does a beta tester earn in alberta?");
                wrong += answer is { Answered: true, Career: "beta-tester", Topic: "salary" } ? 0 : 1;
                asked++;
            }

            return wrong;
        })).ToArray();
        for (var i = 0; i < 20; i++)
        {
            knowledge.Reload();
        }

        await stop.CancelAsync();
        var wrongAnswers = await Task.WhenAll(readers);
        Assert.All(wrongAnswers, wrong => Assert.Equal(0, wrong));
    }

    private static Task NextReload(KnowledgeBase knowledge)
    {
        var reloaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        knowledge.Reloaded += (_, _) => reloaded.TrySetResult();
        return reloaded.Task;
    }
}
