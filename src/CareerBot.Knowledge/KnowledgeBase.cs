using CareerBot.Knowledge.Answers;
using CareerBot.Knowledge.Catalog;
using CareerBot.Knowledge.Files;
using CareerBot.Knowledge.Index;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CareerBot.Knowledge;

/// <summary>
/// The career knowledge of one folder: answers questions and lists careers from the current index,
/// reloading when files change. Thread-safe; never throws for question text or broken files.
/// </summary>
public sealed class KnowledgeBase : IKnowledgeBase, ICareerCatalog, IDisposable
{
    private readonly KnowledgeIndexManager manager;
    private readonly ILogger logger;

    public KnowledgeBase(string folder, bool watchForChanges = true, ILogger<KnowledgeBase>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(folder);
        this.logger = logger ?? NullLogger<KnowledgeBase>.Instance;
        manager = new KnowledgeIndexManager(folder, watchForChanges, TimeSpan.FromMilliseconds(250));
        manager.Reloaded += OnReloaded;
        LogProblems(manager.LastLoad);
        if (manager.WatchError is { } error)
        {
            this.logger.LogWarning("Not watching {Folder} for changes ({Error}); edits need a restart", folder, error);
        }
    }

    /// <summary>Raised after each reload attempt (file change or <see cref="Reload"/>).</summary>
    public event EventHandler? Reloaded;

    public string Folder => manager.Folder;

    /// <summary>True when at least one career is loaded and questions can be answered.</summary>
    public bool IsReady => manager.Current.Careers.Count > 0;

    /// <summary>The problems the latest load or reload found, as <c>file:line: message</c>.</summary>
    public IReadOnlyList<KnowledgeProblem> Problems => manager.LastLoad.Problems;

    public IReadOnlyList<CareerSummary> Careers => manager.Current.Summaries;

    public Answer Ask(AnswerRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Safely(snapshot => snapshot.Composer.Compose(request));
    }

    public Comparison Compare(IReadOnlyList<string> careerIds, string? region, string? topic = null, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(careerIds);
        try
        {
            return ComparisonComposer.Compose(manager.Current, careerIds, region, topic, language);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            logger.LogError(ex, "Comparing careers failed");
            return new Comparison([], region, topic);
        }
    }

    public CareerProfile? FindCareer(string id) => id is null ? null : manager.Current.Profile(id);

    public Mentions FindMentions(string text) =>
        string.IsNullOrWhiteSpace(text) ? Mentions.None : manager.Current.Reader.ReadMentions(text);

    /// <summary>Rebuilds the index from the folder now (the watcher does this on its own after a change).</summary>
    public void Reload() => manager.TryReload();

    public void Dispose()
    {
        manager.Reloaded -= OnReloaded;
        manager.Dispose();
    }

    /// <summary>Composes from the current snapshot; a bug costs one answer, not the conversation, and the text is never logged.</summary>
    private Answer Safely(Func<KnowledgeSnapshot, Answer> compose)
    {
        try
        {
            return compose(manager.Current);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            logger.LogError(ex, "Answering a question failed");
            return new Answer(AnswerOutcome.NotSure, null, null, null, 0, [], [], [], []);
        }
    }

    private void OnReloaded(object? sender, KnowledgeLoad load)
    {
        LogProblems(load);
        Reloaded?.Invoke(this, EventArgs.Empty);
    }

    private void LogProblems(KnowledgeLoad load)
    {
        foreach (var problem in load.Problems)
        {
            logger.LogWarning("Knowledge problem: {Problem}", problem.ToString());
        }

        logger.LogInformation("Knowledge loaded: {Careers} careers from {Folder}", load.Careers.Count, load.Folder);
    }
}
