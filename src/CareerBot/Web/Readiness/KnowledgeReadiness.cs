using CareerBot.BotFramework.Hosting;
using CareerBot.Knowledge;

namespace CareerBot.Web.Readiness;

/// <summary>Ready once the career index holds at least one career.</summary>
internal sealed class KnowledgeReadiness(KnowledgeBase knowledge) : IReadinessCheck
{
    public string Name => "knowledge";

    public bool IsReady => knowledge.IsReady;
}
