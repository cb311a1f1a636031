namespace CareerBot.Knowledge.Catalog;

/// <summary>The careers CareerBot covers, for the fit check and the welcome. Thread-safe.</summary>
public interface ICareerCatalog
{
    /// <summary>All careers, in id order.</summary>
    IReadOnlyList<CareerSummary> Careers { get; }

    /// <summary>The career with this id, or null.</summary>
    CareerProfile? FindCareer(string id);

    /// <summary>The careers, region and uncovered occupation a text names, and its words with those names masked.</summary>
    Mentions FindMentions(string text);
}
