using System.Text.Json;

namespace CareerBot.Tests.Advisor;

/// <summary>One scripted fit check from Data/fitchecks.json: the start message, each answer in turn, the band expected.</summary>
public sealed record FitCheckConversation(string Start, string? Locale, IReadOnlyList<string> Answers, string Band)
{
    public static IReadOnlyList<FitCheckConversation> Load()
    {
        var path = Path.Combine(Infrastructure.RepositoryFolders.Root, "tests", "CareerBot.Tests", "Advisor", "Data", "fitchecks.json");
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        return JsonSerializer.Deserialize<List<FitCheckConversation>>(File.ReadAllText(path), options)
            ?? throw new InvalidOperationException("fitchecks.json is empty.");
    }

    public override string ToString() => $"{Start} → {string.Join(", ", Answers)} ⇒ {Band}";
}
