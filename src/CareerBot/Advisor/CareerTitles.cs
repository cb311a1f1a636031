using CareerBot.Knowledge.Catalog;

namespace CareerBot.Advisor;

/// <summary>The careers' titles in a reply's language (the English title where a career has no translation).</summary>
public static class CareerTitles
{
    public static IReadOnlyList<string> TitlesIn(this ICareerCatalog catalog, string language)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return [.. catalog.Careers.Select(c => catalog.FindCareer(c.Id)?.In(language).Title ?? c.Title)];
    }
}
