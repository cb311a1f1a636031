using CareerBot.Knowledge;

namespace CareerBot.Counselling.Console;

/// <summary>When the career files were last loaded on this host (at start, then at each reload after an edit).</summary>
public sealed class KnowledgeStatus : IDisposable
{
    private readonly KnowledgeBase _knowledge;
    private readonly TimeProvider _clock;

    public KnowledgeStatus(KnowledgeBase knowledge, TimeProvider clock)
    {
        _knowledge = knowledge ?? throw new ArgumentNullException(nameof(knowledge));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
        LastLoaded = clock.GetUtcNow();
        _knowledge.Reloaded += OnReloaded;
    }

    public DateTimeOffset LastLoaded { get; private set; }

    public void Dispose() => _knowledge.Reloaded -= OnReloaded;

    private void OnReloaded(object? sender, EventArgs e) => LastLoaded = _clock.GetUtcNow();
}
