using CareerBot.Knowledge.Files;

namespace CareerBot.Knowledge.Occupations;

/// <summary>Parses the catalogue's TSV files into records; every cell that does not parse is a problem on its line.</summary>
internal static class OccupationCatalogueReader
{
    public static OccupationCatalogueLoad Read(string folder)
    {
        var problems = new List<KnowledgeProblem>();
        var pool = new StringPool();
        // The codes of occupation rows that did not parse: their one problem is reported; the profiles, titles and
        // related links that name them are left out quietly rather than reported again by the hundred.
        var dropped = new HashSet<string>(StringComparer.Ordinal);
        var occupations = ReadOccupations(new TsvRows(folder, CatalogueFiles.Occupations, CatalogueFiles.OccupationsHeader, problems), pool, dropped);
        var idByCode = occupations.ToDictionary(o => o.OnetSoc, o => o.Id, StringComparer.Ordinal);
        var profiles = ReadProfiles(new TsvRows(folder, CatalogueFiles.Profiles, CatalogueFiles.ProfilesHeader, problems), pool, idByCode, dropped);
        var withProfiles = occupations
            .Select(o => profiles.TryGetValue(o.OnetSoc, out var profile) ? o with { Profile = profile } : o)
            .ToArray();
        var catalogue = new OccupationCatalogue(
            withProfiles,
            ReadGroups(new TsvRows(folder, CatalogueFiles.CanadianGroups, CatalogueFiles.CanadianGroupsHeader, problems), pool),
            ReadWages(new TsvRows(folder, CatalogueFiles.UsWages, CatalogueFiles.UsWagesHeader, problems), pool),
            ReadOutlooks(new TsvRows(folder, CatalogueFiles.UsOutlook, CatalogueFiles.UsOutlookHeader, problems), pool),
            ReadTitles(new TsvRows(folder, CatalogueFiles.Titles, CatalogueFiles.TitlesHeader, problems), withProfiles, dropped),
            ReadElements(new TsvRows(folder, CatalogueFiles.Elements, CatalogueFiles.ElementsHeader, problems), pool));
        return new OccupationCatalogueLoad(catalogue, problems);
    }

    private static Occupation[] ReadOccupations(TsvRows rows, StringPool pool, HashSet<string> dropped)
    {
        var result = new List<Occupation>(1000);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (line, c) in rows.Read())
        {
            var duplicate = seen.Contains(c[0]) || seen.Contains(c[1]);
            if (ReadOccupation(rows, line, c, seen, pool) is { } occupation)
            {
                result.Add(occupation);
            }
            else if (c[1].Length > 0 && !duplicate)
            {
                dropped.Add(c[1]);
            }
        }

        return [.. result];
    }

    private static Occupation? ReadOccupation(TsvRows rows, int line, string[] c, HashSet<string> seen, StringPool pool)
    {
        if (c[0].Length == 0 || c[1].Length == 0 || c[3].Length == 0)
        {
            rows.Problem(line, "id, onet_soc and title_en are required");
            return null;
        }

        if (!seen.Add(c[0]) || !seen.Add(c[1]))
        {
            rows.Problem(line, $"duplicate occupation '{c[0]}' ({c[1]})");
            return null;
        }

        int? jobZone = null;
        if (c[8].Length > 0)
        {
            if (!int.TryParse(c[8], out var zone) || zone is < 1 or > 5)
            {
                rows.Problem(line, $"job_zone '{c[8]}' is not 1–5");
                return null;
            }

            jobZone = zone;
        }

        var riasec = new double[6];
        var bad = Enumerable.Range(0, 6).FirstOrDefault(i => !CatalogueCells.TryDouble(c[9 + i], out riasec[i]), -1);
        if (bad >= 0)
        {
            rows.Problem(line, $"{CatalogueFiles.OccupationsHeader[9 + bad]} '{c[9 + bad]}' is not a number");
            return null;
        }

        if (!CatalogueCells.TrySource(c[5], out var source))
        {
            rows.Problem(line, $"title_fr_source '{c[5]}' is not cnp-example, cnp-unit or none");
            return null;
        }

        return new Occupation(
            pool.Get(c[0]), pool.Get(c[1]), pool.Get(c[2]), c[3], c[4], source,
            c[6].Length == 0 ? null : pool.Get(c[6]),
            Codes(c[7], pool), jobZone,
            new RiasecScores(riasec[0], riasec[1], riasec[2], riasec[3], riasec[4], riasec[5]));
    }

    private static Dictionary<string, OccupationProfile> ReadProfiles(TsvRows rows, StringPool pool, Dictionary<string, string> idByCode, HashSet<string> dropped)
    {
        var result = new Dictionary<string, OccupationProfile>(StringComparer.Ordinal);
        foreach (var (line, c) in rows.Read())
        {
            if (dropped.Contains(c[0]))
            {
                continue;
            }

            if (!idByCode.ContainsKey(c[0]))
            {
                rows.Problem(line, $"profile of unknown occupation '{c[0]}'");
                continue;
            }

            var education = new double[c[1].Length == 0 ? 0 : 13];
            var ok = TryScores(c[1], pool, out var rl);
            foreach (var (category, percent) in rl)
            {
                ok &= int.TryParse(category, out var index) && index is >= 1 and <= 12;
                if (ok)
                {
                    education[index] = percent;
                }
            }

            ok &= TryScores(c[2], pool, out var skills) & TryScores(c[3], pool, out var knowledge)
                & TryScores(c[4], pool, out var styles) & TryScores(c[5], pool, out var activities);
            var related = new List<RelatedOccupation>();
            for (var tier = 0; tier < 3; tier++)
            {
                foreach (var code in Codes(c[7 + tier], pool))
                {
                    if (idByCode.TryGetValue(code, out var id))
                    {
                        related.Add(new RelatedOccupation(id, (RelatedTier)tier));
                    }
                    else if (!dropped.Contains(code))
                    {
                        ok = false;
                    }
                }
            }

            if (!ok)
            {
                rows.Problem(line, "a list cell does not parse (id=score items, RL 1–12, related codes of listed occupations)");
                continue;
            }

            var technologies = c[6].Length == 0 ? [] : c[6].Split(CatalogueFiles.NameSeparator).Select(pool.Get).ToArray();
            result[c[0]] = new OccupationProfile(education, skills, knowledge, styles, activities, technologies, [.. related]);
        }

        return result;
    }

    private static CanadianGroup[] ReadGroups(TsvRows rows, StringPool pool)
    {
        var result = new List<CanadianGroup>(520);
        foreach (var (line, c) in rows.Read())
        {
            if (c[0].Length != 5 || !c[0].All(char.IsAsciiDigit))
            {
                rows.Problem(line, $"noc '{c[0]}' is not a 5-digit code");
                continue;
            }

            var ok = CatalogueCells.TryDecimal(c[3], out var teer) & CatalogueCells.TryDecimal(c[5], out var low)
                & CatalogueCells.TryDecimal(c[6], out var median) & CatalogueCells.TryDecimal(c[7], out var high)
                & CatalogueCells.TryDecimal(c[9], out var year) & CatalogueCells.TryDecimal(c[10], out var openings)
                & CatalogueCells.TryDecimal(c[11], out var growth) & CatalogueCells.TryDecimal(c[18], out var copsOpenings)
                & CatalogueCells.TryDecimal(c[19], out var seekers) & c[8] is "" or "hourly" or "annual"
                & TryScores(c[20], pool, out var industries);
            if (!ok)
            {
                rows.Problem(line, "a number, the wage period (hourly, annual) or the industry=percent list does not parse");
                continue;
            }

            var wage = low is { } l && median is { } m && high is { } h && year is { } y
                ? new BcWage(l, m, h, c[8] == "hourly" ? WagePeriod.Hourly : WagePeriod.Annual, (int)y)
                : null;
            var outlook = openings is { } o && growth is { } g ? new BcOutlook((int)o, g) : null;
            var cops = c[13].Length + c[16].Length > 0 || copsOpenings is not null
                ? new CopsOutlook(pool.Get(c[12]), pool.Get(c[13]), pool.Get(c[14]), pool.Get(c[15]), pool.Get(c[16]), pool.Get(c[17]),
                    (long?)copsOpenings, (long?)seekers)
                : null;
            result.Add(new CanadianGroup(pool.Get(c[0]), c[1], c[2], (int?)teer, c[0][0] - '0', wage, outlook, cops, industries));
        }

        return [.. result];
    }

    private static UsWage[] ReadWages(TsvRows rows, StringPool pool)
    {
        var result = new List<UsWage>(900);
        foreach (var (line, c) in rows.Read())
        {
            var values = new WageValue[12];
            var ok = CatalogueCells.TryDecimal(c[2], out var employment);
            for (var i = 0; i < 12; i++)
            {
                ok &= CatalogueCells.TryWage(c[3 + i], out values[i]);
            }

            if (!ok)
            {
                rows.Problem(line, "a wage is not a number, # (top-coded) or * (no estimate)");
                continue;
            }

            result.Add(new UsWage(pool.Get(c[0]), c[1], (long?)employment, values[0], values[1],
                new WagePercentiles(values[2], values[3], values[4], values[5], values[6]),
                new WagePercentiles(values[7], values[8], values[9], values[10], values[11])));
        }

        return [.. result];
    }

    private static UsOutlook[] ReadOutlooks(TsvRows rows, StringPool pool)
    {
        var result = new List<UsOutlook>(900);
        foreach (var (line, c) in rows.Read())
        {
            if (!(CatalogueCells.TryDecimal(c[2], out var e2024) & CatalogueCells.TryDecimal(c[3], out var e2034)
                & CatalogueCells.TryDecimal(c[4], out var change) & CatalogueCells.TryDecimal(c[5], out var openings)))
            {
                rows.Problem(line, "employment, change or openings is not a number");
                continue;
            }

            result.Add(new UsOutlook(pool.Get(c[0]), c[1], e2024, e2034, change, openings,
                pool.Get(c[6]), pool.Get(c[7]), pool.Get(c[8]), pool.Get(c[9]), pool.Get(c[10]), pool.Get(c[11])));
        }

        return [.. result];
    }

    private static OccupationTitle[] ReadTitles(TsvRows rows, Occupation[] occupations, HashSet<string> dropped)
    {
        var idByCode = occupations.ToDictionary(o => o.OnetSoc, o => o.Id, StringComparer.Ordinal);
        var result = new List<OccupationTitle>(200_000);
        foreach (var (line, c) in rows.Read())
        {
            if (c[0].Length == 0 || c[1] is not ("en" or "fr") || !CatalogueCells.TryKind(c[3], out var kind))
            {
                rows.Problem(line, "title, lang (en, fr) and kind are required");
                continue;
            }

            if (!idByCode.TryGetValue(c[2], out var id))
            {
                if (dropped.Contains(c[2]))
                {
                    continue;
                }

                rows.Problem(line, $"title of unknown occupation '{c[2]}'");
                continue;
            }

            var rank = c[5] switch { "" => 0, "1" => 1, "2" => 2, "3" => 3, _ => -1 };
            if (rank < 0)
            {
                rows.Problem(line, $"ambiguous '{c[5]}' is not a candidate rank 1-3");
                continue;
            }

            result.Add(new OccupationTitle(c[0], c[1] == "en" ? "en" : "fr" /* literals: one instance per language */, id, kind,
                c[4] == "1", rank > 0, rank, c[6] == "1"));
        }

        return [.. result];
    }

    private static CatalogueElement[] ReadElements(TsvRows rows, StringPool pool) =>
        [.. rows.Read().Select(r => new CatalogueElement(pool.Get(r.Cells[0]), pool.Get(r.Cells[1]), r.Cells[2]))];

    private static string[] Codes(string cell, StringPool pool) =>
        cell.Length == 0 ? [] : cell.Split(CatalogueFiles.ListSeparator).Select(pool.Get).ToArray();

    private static bool TryScores(string cell, StringPool pool, out ElementScore[] scores)
    {
        if (cell.Length == 0)
        {
            scores = [];
            return true;
        }

        var items = cell.Split(CatalogueFiles.ListSeparator);
        scores = new ElementScore[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            var at = items[i].IndexOf(CatalogueFiles.ScoreSeparator);
            if (at <= 0 || !CatalogueCells.TryDouble(items[i][(at + 1)..], out var score))
            {
                scores = [];
                return false;
            }

            scores[i] = new ElementScore(pool.Get(items[i][..at]), score);
        }

        return true;
    }
}
