using CareerBot.Knowledge.Files;
using CareerBot.Knowledge.Occupations;

namespace CareerBot.Knowledge.Pages;

/// <summary>
/// Turns the official catalogue into careers the advisor answers from, beside the hand-written guides: one page per
/// occupation in English and French, written from facts. A guide stands for the occupation of its SOC code (its
/// ".00" O*NET occupation): that occupation gets no page of its own, its job titles name the guide, and the guide
/// gains the catalogue's newer salary figures.
/// </summary>
internal static class CatalogueCareers
{
    private const int FitTraits = 6;

    public static IReadOnlyList<CareerFile> Build(
        OccupationCatalogue catalogue, IReadOnlyList<CareerFile> guides, CatalogueWords english, CatalogueWords french, string path,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? studentNames = null, IReadOnlyDictionary<string, string>? ownFrenchTitles = null)
    {
        studentNames ??= new Dictionary<string, IReadOnlyList<string>>();
        ownFrenchTitles ??= new Dictionary<string, string>();
        if (catalogue.Occupations.Count == 0)
        {
            return guides;
        }

        // The occupation of each guide's SOC code (two guides may share one), and the guide that stands for each such
        // occupation: the first guide (by id) naming it.
        var occupationOf = guides.ToDictionary(g => g.Id, g => g.Soc is { } soc ? catalogue.ByOnetSoc(soc + ".00") : null, StringComparer.Ordinal);
        var standIns = new Dictionary<string, CareerFile>(StringComparer.Ordinal);
        foreach (var guide in guides.OrderBy(g => g.Id, StringComparer.Ordinal))
        {
            if (occupationOf[guide.Id] is { } occupation)
            {
                standIns.TryAdd(occupation.Id, guide);
            }
        }

        var ids = guides.Select(g => g.Id).ToHashSet(StringComparer.Ordinal);
        var heads = TitleHeads.Of(catalogue.Titles);
        var pages = catalogue.Occupations.Where(o => !standIns.ContainsKey(o.Id) && !ids.Contains(o.Id)).ToArray();
        var careerId = (string occupationId) => standIns.TryGetValue(occupationId, out var guide) ? guide.Id : occupationId;
        var englishTitles = pages.ToDictionary(o => o.Id, o => EnglishTitles.Singular(o.TitleEn), StringComparer.Ordinal);
        // Our own French name first (titles.yaml): a CNP unit's title often names a broader group than the job.
        var frenchTitles = pages.ToDictionary(o => o.Id, o => ownFrenchTitles.GetValueOrDefault(o.OnetSoc)
            ?? (o.TitleFrSource == FrenchTitleSource.CnpUnit ? FrenchTitles.Singular(o.TitleFr) : o.TitleFr), StringComparer.Ordinal);
        string? TitleIn(Dictionary<string, string> titles, string id) =>
            standIns.TryGetValue(id, out var guide) ? guide.Title : titles.GetValueOrDefault(id);

        var englishWriter = new OccupationPageWriter(catalogue, english, id => TitleIn(englishTitles, id));
        var frenchWriter = new OccupationPageWriter(catalogue, french, id => standIns.TryGetValue(id, out var guide)
            ? guide.Translations.GetValueOrDefault("fr")?.Title ?? guide.Title : frenchTitles.GetValueOrDefault(id));

        // Likelier first among careers sharing a title or a job noun: the occupations employing the most people. OEWS
        // counts a SOC code once, so the O*NET occupations sharing one ("Information Security Engineers" within
        // "Computer Occupations, All Other") share its workers.
        long Workers(Occupation o) => (catalogue.UsWage(o.Soc)?.Employment ?? 0) / Math.Max(1, catalogue.BySoc(o.Soc).Count);
        var ranks = catalogue.Occupations
            .OrderByDescending(Workers)
            .ThenBy(o => o.OnetSoc, StringComparer.Ordinal)
            .Select((o, i) => (o.Id, Rank: i + 1))
            .ToDictionary(x => x.Id, x => x.Rank, StringComparer.Ordinal);

        var careers = new List<CareerFile>(guides.Count + pages.Length);
        // A guide ranks as the occupation of its SOC code, after all when it has none.
        foreach (var guide in guides)
        {
            var occupation = occupationOf[guide.Id];
            var enriched = occupation is not null && standIns[occupation.Id] == guide ? Enrich(guide, catalogue, occupation, heads) : guide;
            careers.Add(occupation is null
                ? enriched with { Rank = ranks.Count + 1 }
                : enriched with { Rank = ranks[occupation.Id], Workers = Workers(occupation) });
        }

        foreach (var page in pages)
        {
            // O*NET rates no skills or work styles for a few occupations (Software Developers among them): their
            // traits and fit check use the closest related occupation's ratings, and the page says so.
            var (occupation, ratedAs) = Rated(catalogue, page);
            var facts = OccupationFacts.Of(catalogue, occupation) with { RatedAs = ratedAs };
            var related = occupation.Profile.Related.Select(r => careerId(r.Id)).Distinct().Take(10).ToArray();
            var titles = Names(catalogue, occupation.Id, heads);
            var translation = new CareerTranslation(path, "fr", occupation.Id, frenchTitles[occupation.Id], FitFor(occupation, french),
                frenchWriter.Write(occupation, facts))
            {
                Groups = FrenchGroups(facts),
            };
            // Our French title names the job as surely as the names students use.
            string[] ownTitle = ownFrenchTitles.TryGetValue(occupation.OnetSoc, out var ownFrench) ? [ownFrench] : [];
            careers.Add(new CareerFile(path, occupation.Id, englishTitles[occupation.Id],
                [.. studentNames.GetValueOrDefault(occupation.OnetSoc) ?? [], .. ShortTitle(occupation), .. ownTitle],
                occupation.PrimaryNoc, occupation.Soc,
                related, OccupationSalaries.For(facts), FitFor(occupation, english), OccupationSources.For(occupation, facts),
                englishWriter.Write(occupation, facts))
            {
                Translations = new Dictionary<string, CareerTranslation>(StringComparer.Ordinal) { ["fr"] = translation },
                Titles = [occupation.TitleEn, .. titles, .. Codes(occupation)],
                OnetSoc = occupation.OnetSoc,
                Rank = ranks[occupation.Id],
                Workers = Workers(occupation),
                FromCatalogue = true,
            });
        }

        return careers;
    }

    /// <summary>The occupation with ratings to show: its own, or those of the first related occupation O*NET rates.</summary>
    private static (Occupation Occupation, Occupation? RatedAs) Rated(OccupationCatalogue catalogue, Occupation occupation)
    {
        if (occupation.Profile.WorkStyles.Count > 0 || occupation.Profile.Skills.Count > 0)
        {
            return (occupation, null);
        }

        var donor = occupation.Profile.Related.Select(r => catalogue.ById(r.Id)).OfType<Occupation>()
            .FirstOrDefault(o => o.Profile.WorkStyles.Count > 0 && o.Profile.Skills.Count > 0);
        return donor is null ? (occupation, null) : (occupation with
        {
            Profile = occupation.Profile with
            {
                Skills = donor.Profile.Skills,
                Knowledge = occupation.Profile.Knowledge.Count > 0 ? occupation.Profile.Knowledge : donor.Profile.Knowledge,
                WorkStyles = donor.Profile.WorkStyles,
            },
        }, donor);
    }

    /// <summary>
    /// The fit check of a catalogue occupation: its strongest work styles and skills, each asked with CareerBot's own
    /// question; the strongest weigh most.
    /// </summary>
    public static IReadOnlyList<FitTrait> FitFor(Occupation occupation, CatalogueWords words)
    {
        var styles = occupation.Profile.WorkStyles.OrderByDescending(s => s.Score).Take(4).Select(s => ("styles", s));
        var skills = occupation.Profile.Skills.OrderByDescending(s => s.Score).Take(FitTraits).Select(s => ("skills", s));
        return styles.Concat(skills)
            .Select(x => Trait(words, x.Item1, x.s))
            .OfType<FitTrait>()
            .DistinctBy(t => t.Trait)
            .Take(FitTraits)
            .ToArray();
    }

    private static FitTrait? Trait(CatalogueWords words, string file, ElementScore score)
    {
        var key = $"{file}.{score.ElementId}";
        if (words.Text(key + ".name") is not { } name || words.Text(key + ".question") is not { } question)
        {
            return null;
        }

        var weight = score.Score >= 4.0 ? 3 : score.Score >= 3.5 ? 2 : 1;
        return new FitTrait(score.ElementId, name, question, weight, words.Text(key + ".improve") ?? string.Empty);
    }

    /// <summary>A guide keeps its own pages and figures, and gains the titles of the occupation it stands for and the
    /// catalogue's newer figures for a region where its own are older.</summary>
    private static CareerFile Enrich(CareerFile guide, OccupationCatalogue catalogue, Occupation occupation, TitleHeads heads)
    {
        var facts = OccupationFacts.Of(catalogue, occupation);
        var newest = guide.Salary.GroupBy(r => r.Region).ToDictionary(g => g.Key, g => g.Max(r => r.Year) ?? string.Empty, StringComparer.Ordinal);
        var added = OccupationSalaries.For(facts)
            .Where(r => !newest.TryGetValue(r.Region, out var year) || string.CompareOrdinal(r.Year, year) > 0)
            .ToArray();
        var sources = OccupationSources.For(occupation, facts)
            .Where(s => added.Any(r => r.SourceId == s.Id) && guide.Source(s.Id) is null);
        return guide with
        {
            Salary = [.. guide.Salary, .. added],
            Sources = [.. guide.Sources, .. sources],
            Titles = [occupation.TitleEn, .. Names(catalogue, occupation.Id, heads), .. Codes(occupation)],
            OnetSoc = occupation.OnetSoc,
        };
    }

    /// <summary>
    /// The official job titles that name an occupation. Acronyms are left out: in chat they collide with everyday words
    /// ("is a" joined reads "ISA", French "est" reads "EST"); the ones students use are in <c>catalogue/names.yaml</c>.
    /// </summary>
    private static string[] Names(OccupationCatalogue catalogue, string occupationId, TitleHeads heads) =>
        [.. catalogue.TitlesOf(occupationId).Where(t => !t.IsAcronym && heads.NamesAJob(t)).Select(t => t.Title)];

    /// <summary>"Kindergarten Teachers, Except Special Education" is known as "kindergarten teacher": the first part of an
    /// O*NET title with a qualifier after its comma names the occupation as surely as its whole title.</summary>
    private static IEnumerable<string> ShortTitle(Occupation occupation)
    {
        var comma = occupation.TitleEn.IndexOf(", ", StringComparison.Ordinal);
        if (comma > 0 && !occupation.TitleEn.Contains(", and ", StringComparison.Ordinal) && !occupation.TitleEn.Contains(", or ", StringComparison.Ordinal))
        {
            yield return occupation.TitleEn[..comma];
        }
    }

    /// <summary>A code typed as a question ("29-1141", "31301") names its occupation like a title.</summary>
    private static IEnumerable<string> Codes(Occupation occupation)
    {
        // A SOC code names its ".00" occupation; the specialties O*NET files under it have their own O*NET-SOC code.
        if (occupation.OnetSoc.EndsWith(".00", StringComparison.Ordinal))
        {
            yield return occupation.Soc;
        }

        yield return occupation.OnetSoc;
        if (occupation.PrimaryNoc is { } noc)
        {
            yield return noc;
        }
    }

    private static IReadOnlyDictionary<string, string> FrenchGroups(OccupationFacts facts)
    {
        var groups = new Dictionary<string, string>(StringComparer.Ordinal);
        if (facts.Group is { } group)
        {
            groups[OccupationSalaries.BcGroup(group)] = $"{group.TitleFr} (CNP {group.Noc})";
        }

        if (facts.UsWage is { } wage)
        {
            groups[OccupationSalaries.UsGroup(wage)] = $"SOC {wage.Soc}, « {wage.Title} »";
        }

        return groups;
    }
}
