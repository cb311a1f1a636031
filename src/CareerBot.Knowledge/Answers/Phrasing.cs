using CareerBot.Knowledge.Files;

namespace CareerBot.Knowledge.Answers;

/// <summary>Question wording CareerBot offers as suggestions; each one is answerable when asked back.</summary>
internal static class Phrasing
{
    public static string WithArticle(string title) =>
        ("AEIOU".Contains(char.ToUpperInvariant(title[0])) ? "an " : "a ") + title;

    public static string QuestionFor(string topic, string title)
    {
        var a = WithArticle(title);
        return topic switch
        {
            KnowledgeTopics.Steps => $"How do I become {a}?",
            KnowledgeTopics.Education => $"What education does {a} need?",
            KnowledgeTopics.Experience => $"What experience does {a} need?",
            KnowledgeTopics.Duties => $"What does {a} do?",
            KnowledgeTopics.Traits => $"What skills does {a} need?",
            KnowledgeTopics.Employers => $"Who hires {a}?",
            KnowledgeTopics.Salary => $"How much does {a} earn?",
            KnowledgeTopics.Outlook => $"What is the job outlook for {a}?",
            KnowledgeTopics.Advancement => $"How can {a} get promoted?",
            KnowledgeTopics.Similar => $"What careers are similar to {a}?",
            KnowledgeTopics.Scholarships => $"Are there scholarships for becoming {a}?",
            _ => $"Tell me about {a}.",
        };
    }

    public static string CareerList(IEnumerable<CareerFile> careers)
    {
        var titles = careers.Select(c => c.Title).ToArray();
        return titles.Length switch
        {
            0 => "none yet",
            1 => titles[0],
            _ => string.Join(", ", titles[..^1]) + " and " + titles[^1],
        };
    }

    public static string Money(decimal amount, string currency) =>
        "$" + amount.ToString(amount % 1 == 0 ? "#,0" : "#,0.00", System.Globalization.CultureInfo.InvariantCulture) + " " + currency;

    public static string Year(string year) => year.Equals("unknown", StringComparison.OrdinalIgnoreCase) ? "year not stated" : year;
}
