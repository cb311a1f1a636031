using CareerBot.Knowledge.Catalog;

namespace CareerBot.Advisor;

/// <summary>The careers' titles in a reply's language (the English title where a career has no translation).</summary>
public static class CareerTitles
{
    public static IReadOnlyList<string> TitlesIn(this ICareerCatalog catalog, string language)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return [.. catalog.Guides().Select(c => catalog.TitleIn(c.Id, c.Title, language))];
    }

    /// <summary>The hand-written guides: the careers offered by name (welcome, fit check), not the whole catalogue.</summary>
    public static IEnumerable<CareerSummary> Guides(this ICareerCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return catalog.Careers.Where(c => c.IsGuide);
    }

    /// <summary>One career's title in <paramref name="language"/>; <paramref name="englishTitle"/> when the library has none (or no longer has the career).</summary>
    public static string TitleIn(this ICareerCatalog catalog, string careerId, string englishTitle, string? language)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return catalog.FindCareer(careerId)?.In(language).Title ?? englishTitle;
    }
}
