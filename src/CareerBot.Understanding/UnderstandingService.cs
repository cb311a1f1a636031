using CareerBot.Knowledge;
using CareerBot.Knowledge.Files;
using CareerBot.Understanding.Corpus;
using CareerBot.Understanding.Interpreting;
using CareerBot.Understanding.Learning;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CareerBot.Understanding;

/// <summary>
/// Understanding for one knowledge folder: trains the models from knowledge/language/ at start, retrains when an
/// example file or a career file changes, and swaps the new models in at once (a turn reads one consistent set).
/// A broken edit keeps the last good models. Implements <see cref="IInterpreter"/>.
/// </summary>
public sealed class UnderstandingService : IInterpreter, IDisposable
{
    private readonly KnowledgeBase knowledge;
    private readonly ILogger logger;
    private readonly Interpreter interpreter;
    private readonly FileSystemWatcher? watcher;
    private readonly Timer debounce;
    private readonly Lock reloading = new();
    private readonly ModelCache? cache;
    private UnderstandingModel current;

    /// <param name="cache">Where trained models are kept between runs (keyed by the folder's files and the code); null trains every time.</param>
    public UnderstandingService(KnowledgeBase knowledge, bool watchForChanges = true, ILogger<UnderstandingService>? logger = null, ModelCache? cache = null)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        this.knowledge = knowledge;
        this.cache = cache;
        this.logger = logger ?? NullLogger<UnderstandingService>.Instance;
        current = Build() ?? UnderstandingModel.Train(new ExampleCorpus(new LabelSet([], []), [], []), knowledge.FindMentions);
        interpreter = new Interpreter(() => Volatile.Read(ref current), knowledge);
        debounce = new Timer(_ => Reload(), null, Timeout.Infinite, Timeout.Infinite);
        knowledge.Reloaded += OnKnowledgeReloaded;
        var folder = Path.Combine(knowledge.Folder, CorpusLoader.LanguageFolder);
        if (watchForChanges && Directory.Exists(folder))
        {
            try
            {
                watcher = new FileSystemWatcher(folder, "*.yaml") { IncludeSubdirectories = true, EnableRaisingEvents = true };
                watcher.Changed += OnFileChanged;
                watcher.Created += OnFileChanged;
                watcher.Deleted += OnFileChanged;
                watcher.Renamed += OnFileChanged;
            }
            catch (Exception ex) when (ex is IOException or ArgumentException or PlatformNotSupportedException)
            {
                this.logger.LogWarning("Not watching {Folder} for changes ({Error}); edits need a restart", folder, ex.Message);
            }
        }
    }

    /// <summary>Raised after each retraining attempt.</summary>
    public event EventHandler? Reloaded;

    public UnderstandingModel Model => Volatile.Read(ref current);

    /// <summary>The problems the latest load of the example files found, as <c>file:line: message</c>.</summary>
    public IReadOnlyList<KnowledgeProblem> Problems { get; private set; } = [];

    public Interpretation Interpret(string? text, ConversationContext? context = null, string? locale = null)
    {
        try
        {
            return interpreter.Interpret(text, context, locale);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A bug must cost one reading, not the conversation; the text is never logged.
            logger.LogError(ex, "Interpreting a message failed");
            return interpreter.Interpret(string.Empty, context, locale);
        }
    }

    /// <summary>Retrains from the folder now (the watchers do this on their own after a change).</summary>
    public void Reload()
    {
        lock (reloading)
        {
            if (Build() is { } model)
            {
                Volatile.Write(ref current, model);
            }
        }

        Reloaded?.Invoke(this, EventArgs.Empty);
    }

    public void Dispose()
    {
        knowledge.Reloaded -= OnKnowledgeReloaded;
        watcher?.Dispose();
        debounce.Dispose();
    }

    private UnderstandingModel? Build()
    {
        var key = cache is null ? null : ModelCache.Key(knowledge.Folder);
        var corpus = CorpusLoader.Load(knowledge.Folder);
        Problems = corpus.Problems;
        foreach (var problem in corpus.Problems)
        {
            logger.LogWarning("Understanding problem: {Problem}", problem.ToString());
        }

        if (corpus.Examples.Count == 0)
        {
            return null;
        }

        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        if (key is not null && cache!.TryLoad(key, corpus) is { } cached)
        {
            logger.LogInformation("Understanding models for {Examples} examples read from {File} in {Ms} ms",
                corpus.Examples.Count, cache.PathOf(key), (int)System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return cached;
        }

        var model = UnderstandingModel.Train(corpus, knowledge.FindMentions);
        logger.LogInformation("Understanding trained on {Examples} examples in {Ms} ms",
            corpus.Examples.Count, (int)System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);

        // Kept only if no file changed while training: the key must describe what was trained.
        if (key is not null && ModelCache.Key(knowledge.Folder) == key && !cache!.Save(key, model))
        {
            logger.LogWarning("Could not write the understanding models to {Folder}; the next start trains again", cache.Folder);
        }

        return model;
    }

    private void OnKnowledgeReloaded(object? sender, EventArgs e) => debounce.Change(250, Timeout.Infinite);

    private void OnFileChanged(object sender, FileSystemEventArgs e) => debounce.Change(250, Timeout.Infinite);
}
