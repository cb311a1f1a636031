using CareerBot.Knowledge;
using CareerBot.Knowledge.Answers;
using CareerBot.Tests.Advisor.Infrastructure;

namespace CareerBot.Tests.Rendering;

/// <summary>The repository's career files, loaded once for the renderer tests; answers asked by career and topic.</summary>
public sealed class ShippedAnswers : IDisposable
{
    public KnowledgeBase Knowledge { get; } = new(RepositoryFolders.Knowledge, watchForChanges: false);

    public Answer Ask(string career, string topic, string? region = null) => Knowledge.Ask(new AnswerRequest(career, topic, region));

    public void Dispose() => Knowledge.Dispose();
}
