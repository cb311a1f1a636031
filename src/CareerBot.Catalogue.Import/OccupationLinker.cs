namespace CareerBot.Catalogue.Import;

/// <summary>Chooses the occupations to ship (those O*NET rates, i.e. with a job zone; the "All Other" and other
/// title-only occupations have no ratings and are left out), gives each a unique slug id and links it to NOC units.</summary>
internal static class OccupationLinker
{
    public static List<LinkedOccupation> Link(OnetData onet, CanadaData canada)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<LinkedOccupation>();
        foreach (var (code, title) in onet.Titles.Where(t => onet.JobZones.ContainsKey(t.Key)).OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            var id = TitleText.Slug(title);
            if (!ids.Add(id))
            {
                id = $"{id}-{code.Replace("-", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal)}";
                ids.Add(id);
            }

            var nocs = (canada.NocByOnet.GetValueOrDefault(code) ?? []).Where(canada.Units.ContainsKey).ToList();
            var primary = PrimaryNoc(title, nocs, canada);
            var occupation = new LinkedOccupation(id, code, title, primary,
                [.. nocs.Where(n => n != primary).OrderBy(n => n, StringComparer.Ordinal)]);
            occupation.KnownTitles.Add(TitleText.Fold(title));
            foreach (var (alternate, shortTitle) in onet.Alternates.GetValueOrDefault(code) ?? [])
            {
                occupation.KnownTitles.Add(TitleText.Fold(alternate));
                if (shortTitle.Length > 0)
                {
                    occupation.KnownTitles.Add(TitleText.Fold(shortTitle));
                }
            }

            foreach (var reported in onet.Reported.GetValueOrDefault(code) ?? [])
            {
                occupation.KnownTitles.Add(TitleText.Fold(reported));
            }

            occupation.Vocabulary.UnionWith(occupation.KnownTitles.SelectMany(TitleText.Words));
            result.Add(occupation);
        }

        return result;
    }

    /// <summary>The linked NOC unit whose title shares most words with the occupation's; ties go to the unit linked to
    /// the fewest O*NET occupations (the more specific one), then to the lower code.</summary>
    private static string? PrimaryNoc(string title, List<string> nocs, CanadaData canada)
    {
        var words = TitleText.Words(title);
        return nocs
            .OrderByDescending(n => Math.Round(TitleText.WordOverlap(words, TitleText.Words(canada.Units[n].TitleEn)), 6))
            .ThenBy(n => canada.OnetByNoc.GetValueOrDefault(n)?.Count ?? 0)
            .ThenBy(n => n, StringComparer.Ordinal)
            .FirstOrDefault();
    }
}
