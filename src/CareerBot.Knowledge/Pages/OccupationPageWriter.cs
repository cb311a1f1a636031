using CareerBot.Knowledge.Files;
using CareerBot.Knowledge.Occupations;

namespace CareerBot.Knowledge.Pages;

/// <summary>
/// Writes the thirteen sections of an occupation's page in one language from the catalogue's facts, with the
/// sentences of <c>guide.yaml</c> and CareerBot's own labels: no official sentence is ever shown.
/// </summary>
internal sealed class OccupationPageWriter(OccupationCatalogue catalogue, CatalogueWords words, Func<string, string?> titleOf)
{
    private const int ActivitiesInOverview = 3;
    private const int ActivitiesListed = 8;
    private const int TraitsListed = 6;
    private const int ToolsListed = 8;

    /// <summary>The industries named for where B.C.'s workers in a job are employed: the three largest shares of 1% or more.</summary>
    private const int IndustriesListed = 3;
    private const int RelatedListed = 8;

    /// <summary>A rated element must reach this importance (1–5) to be named as one the work uses most.</summary>
    private const double StrongElement = 3.0;

    public IReadOnlyList<CareerSection> Write(Occupation occupation, OccupationFacts facts)
    {
        var headings = words.IsFrench ? KnowledgeTopics.FrenchSections : KnowledgeTopics.Sections;
        return headings.Select(h => new CareerSection(h.Topic, h.Heading, Section(h.Topic, occupation, facts), 0)).ToArray();
    }

    private string Section(string topic, Occupation occupation, OccupationFacts facts) => topic switch
    {
        KnowledgeTopics.Overview => Overview(occupation, facts),
        KnowledgeTopics.Steps => Steps(occupation, facts),
        KnowledgeTopics.Education => Education(occupation, facts),
        KnowledgeTopics.Experience => Experience(occupation, facts),
        KnowledgeTopics.Duties => Duties(occupation),
        KnowledgeTopics.Traits => Traits(occupation, facts),
        KnowledgeTopics.Employers => Employers(occupation, facts),
        KnowledgeTopics.Salary => Salary(facts),
        KnowledgeTopics.Outlook => Outlook(facts),
        KnowledgeTopics.Advancement => Advancement(occupation),
        KnowledgeTopics.Similar => Similar(occupation),
        KnowledgeTopics.Scholarships => Scholarships(facts),
        KnowledgeTopics.Sources => Sources(facts),
        _ => string.Empty,
    };

    /// <summary>The attribution each licence asks for; the list of sources itself comes with the answer.</summary>
    private string Sources(OccupationFacts facts)
    {
        var notes = new List<string> { words.Fill("guide.sources.onet") };
        if (facts.UsWage is not null || facts.UsOutlook is not null)
        {
            notes.Add(words.Fill("guide.sources.united_states"));
        }

        if (facts.Group is not null)
        {
            notes.Add(words.Fill("guide.sources.canada"));
        }

        return words.Fill("guide.sources.lead") + "\n\n" + string.Join("\n", notes.Select(n => "> " + n));
    }

    private string Title(Occupation occupation) => titleOf(occupation.Id) ?? occupation.TitleEn;

    private string Overview(Occupation occupation, OccupationFacts facts)
    {
        var activities = Activities(occupation).Take(ActivitiesInOverview).ToArray();
        var lines = new List<string>
        {
            activities.Length > 0
                ? words.Fill("guide.overview.lead", ("title", Title(occupation)), ("list", words.List(activities)))
                : words.Fill("guide.overview.no_activities", ("title", Title(occupation))),
        };
        var interests = InterestNames(occupation);
        if (interests.Length > 0)
        {
            lines.Add(words.Fill("guide.overview.interests", ("list", words.List(interests))));
        }

        if (occupation.JobZone is { } zone && words.Text($"zones.{zone}.name") is { } zoneName)
        {
            lines.Add(words.Fill("guide.overview.preparation", ("zone", Lower(zoneName)), ("number", zone.ToString(words.Culture))));
        }

        var paragraph = string.Join(' ', lines);
        var codes = new List<string>();
        if (facts.Group is { } group)
        {
            codes.Add(words.Fill("guide.overview.canada", ("noc", group.Noc), ("noc_title", GroupTitle(group))));
        }

        codes.Add(words.Fill("guide.overview.united_states", ("soc", occupation.Soc)));
        return paragraph + "\n\n" + string.Join(' ', codes);
    }

    private string Duties(Occupation occupation)
    {
        var activities = Activities(occupation).Take(ActivitiesListed).ToArray();
        if (activities.Length == 0)
        {
            return words.Fill("guide.duties.none");
        }

        var text = words.Fill("guide.duties.lead") + "\n\n" + Bullets(activities.Select(Capital));
        var tools = occupation.Profile.Technologies.Take(ToolsListed).ToArray();
        return tools.Length == 0 ? text : text + "\n\n" + words.Fill("guide.duties.tools", ("list", words.List(tools)));
    }

    private string Education(Occupation occupation, OccupationFacts facts)
    {
        var parts = new List<string>();
        if (facts.UsOutlook is { } us && EducationLabel(us) is { } usual)
        {
            parts.Add(words.Fill("guide.education.united_states", ("education", usual)));
        }

        if (facts.Group is { Teer: { } teer } group)
        {
            parts.Add(words.Fill("guide.education.canada", ("noc_title", GroupTitle(group)), ("teer", teer.ToString(words.Culture)),
                ("teer_path", Lower(words.Text($"teer.{teer}.path") ?? string.Empty).TrimEnd('.'))));
        }
        else
        {
            parts.Add(words.Fill("guide.education.no_canada"));
        }

        var text = Bullets(parts);
        var reported = ReportedEducation(occupation).ToArray();
        if (reported.Length > 0)
        {
            text += "\n\n" + words.Fill("guide.education.reported_lead") + "\n\n" + Bullets(reported);
        }

        var subjects = InSentence(occupation.Profile.Knowledge, "knowledge", 4);
        return subjects.Length == 0 ? text : text + "\n\n" + words.Fill("guide.education.subjects", ("list", words.List(subjects)));
    }

    private string Experience(Occupation occupation, OccupationFacts facts)
    {
        var parts = new List<string>();
        if (facts.UsOutlook is { } us)
        {
            if (Category("bls-experience", us.Experience) is { } experience)
            {
                parts.Add(words.Fill("guide.experience.united_states", ("experience", experience)));
            }

            if (Category("bls-training", us.Training) is { } training)
            {
                parts.Add(words.Fill("guide.experience.training", ("training", training)));
            }
        }

        if (occupation.JobZone is { } zone && words.Text($"zones.{zone}.path") is { } path)
        {
            parts.Add(words.Fill("guide.experience.zone", ("zone_path", path.TrimEnd('.')), ("number", zone.ToString(words.Culture))));
        }

        return parts.Count == 0 ? words.Fill("guide.experience.none") : Bullets(parts);
    }

    private string Traits(Occupation occupation, OccupationFacts facts)
    {
        var styles = Strong(occupation.Profile.WorkStyles).Take(TraitsListed).Select(e => Label("styles", e.ElementId)).ToArray();
        var skills = InSentence(occupation.Profile.Skills, "skills", 5);
        var knowledge = InSentence(occupation.Profile.Knowledge, "knowledge", 4);
        var interests = InterestNames(occupation);
        var text = new List<string>();
        if (styles.Length > 0)
        {
            text.Add(words.Fill("guide.traits.styles_lead") + "\n\n" + Bullets(styles));
        }

        var more = new List<string>();
        if (skills.Length > 0)
        {
            more.Add(words.Fill("guide.traits.skills", ("list", words.List(skills))));
        }

        if (knowledge.Length > 0)
        {
            more.Add(words.Fill("guide.traits.knowledge", ("list", words.List(knowledge))));
        }

        if (interests.Length > 0)
        {
            more.Add(words.Fill("guide.traits.interests", ("list", words.List(interests))));
        }

        if (more.Count > 0)
        {
            text.Add(string.Join(' ', more));
        }

        if (facts.RatedAs is { } donor && titleOf(donor.Id) is { } donorTitle)
        {
            text.Add("> " + words.Fill("guide.traits.borrowed", ("title", donorTitle)));
        }

        return string.Join("\n\n", text);
    }

    private string Employers(Occupation occupation, OccupationFacts facts)
    {
        var parts = new List<string>();
        if (facts.UsWage?.Employment is { } employed)
        {
            parts.Add(words.Fill("guide.employers.us_employment", ("count", words.Number(employed))));
        }

        if (facts.Group?.BcOutlook is { } bc)
        {
            parts.Add(words.Fill("guide.employers.bc_employment", ("count", words.Number(bc.Openings2025To2035))));
        }

        var industries = facts.Group?.BcIndustries.Where(i => i.Score >= 1).Take(IndustriesListed)
            .Select(i => words.Fill("guide.employers.industry", ("industry", words.Text($"industries.{i.ElementId}") ?? i.ElementId),
                ("percent", words.Percent((decimal)i.Score))))
            .ToArray() ?? [];
        if (industries.Length > 0)
        {
            parts.Add(words.Fill("guide.employers.bc_industries", ("list", words.List(industries))));
        }

        var text = words.Fill("guide.employers.lead");
        text = parts.Count > 0 ? text + "\n\n" + Bullets(parts) : string.Empty;
        text += (text.Length > 0 ? "\n\n" : string.Empty)
            + words.Fill(industries.Length > 0 ? "guide.employers.industries_bc_only" : "guide.employers.no_industries");
        var tools = occupation.Profile.Technologies.Take(ToolsListed).ToArray();
        return tools.Length == 0 ? text : text + "\n\n" + words.Fill("guide.employers.tools", ("list", words.List(tools)));
    }

    private string Salary(OccupationFacts facts)
    {
        var parts = new List<string> { words.Fill("guide.salary.note") };
        if (facts.UsWage is { } us)
        {
            parts.Add(words.Fill("guide.salary.us_group"));
            if (us.Annual.P90.Marker == WageMarker.TopCoded || us.Hourly.P90.Marker == WageMarker.TopCoded
                || us.Annual.Median.Marker == WageMarker.TopCoded)
            {
                parts.Add(words.Fill("guide.salary.top_coded"));
            }
        }

        if (facts.Group is { BcWage: not null } group)
        {
            parts.Add(words.Fill("guide.salary.bc_group", ("noc", group.Noc)));
        }

        parts.Add(words.Fill("guide.salary.no_canada"));
        if (facts.UsWage is null && facts.Group?.BcWage is null)
        {
            parts.Add(words.Fill("guide.salary.none"));
        }

        return string.Join(' ', parts);
    }

    private string Outlook(OccupationFacts facts)
    {
        var parts = new List<string>();
        if (facts.UsOutlook is { Employment2024Thousands: { } now, Employment2034Thousands: { } later } us)
        {
            var change = us.ChangePercent ?? 0;
            var changeText = Math.Abs(change) < 0.5m ? words.Fill("guide.outlook.change_flat")
                : words.Fill(change > 0 ? "guide.outlook.change_up" : "guide.outlook.change_down", ("percent", words.Percent(Math.Abs(change))));
            parts.Add(words.Fill("guide.outlook.united_states",
                ("employment", words.Number(Math.Round(now * 1000, 0))),
                ("projected", words.Number(Math.Round(later * 1000, 0))),
                ("change", changeText),
                ("openings", words.Number(Math.Round((us.OpeningsPerYearThousands ?? 0) * 1000, 0)))));
        }

        if (facts.Group is { Cops: { FutureCode.Length: > 0 } cops } group)
        {
            var condition = Capital(words.Text($"outlook.future.{cops.FutureEn}.phrase") ?? (words.IsFrench ? cops.FutureFr : cops.FutureEn));
            parts.Add(words.Fill("guide.outlook.canada", ("condition", condition), ("noc", group.Noc),
                ("condition_meaning", words.Text($"outlook.future.{cops.FutureEn}.explain") ?? string.Empty)).TrimEnd());
        }

        if (facts.Group?.BcOutlook is { } bc)
        {
            parts.Add(words.Fill("guide.outlook.bc", ("openings", words.Number(bc.Openings2025To2035)),
                ("growth", words.Percent(bc.AverageAnnualGrowthPercent))));
        }

        if (parts.Count == 0)
        {
            return words.Fill("guide.outlook.none");
        }

        var text = Bullets(parts);
        var growth = words.Percent(facts.UsOutlook?.ChangePercent ?? 0);
        var reasons = InDemand.Reasons(facts).Select(r => words.Fill("guide.outlook." + r, ("percent", growth))).ToArray();
        return reasons.Length == 0 ? text : text + "\n\n" + words.Fill("guide.outlook.in_demand", ("reasons", words.List(reasons)));
    }

    private string Advancement(Occupation occupation)
    {
        var zone = occupation.JobZone ?? 3;
        var text = words.Fill(zone <= 2 ? "guide.advancement.zone_low" : zone == 3 ? "guide.advancement.zone_mid" : "guide.advancement.zone_high");
        var next = occupation.Profile.Related
            .Select(r => catalogue.ById(r.Id))
            .OfType<Occupation>()
            .Where(o => o.JobZone > occupation.JobZone)
            .Select(o => titleOf(o.Id))
            .OfType<string>()
            .Take(4)
            .ToArray();
        return next.Length == 0 ? text : text + "\n\n" + words.Fill("guide.advancement.next", ("list", words.List(next)));
    }

    private string Similar(Occupation occupation)
    {
        var related = occupation.Profile.Related.Select(r => titleOf(r.Id)).OfType<string>().Distinct().Take(RelatedListed).ToArray();
        return related.Length == 0 ? words.Fill("guide.similar.none") : words.Fill("guide.similar.lead") + "\n\n" + Bullets(related);
    }

    private string Scholarships(OccupationFacts facts)
    {
        var parts = new List<string> { words.Fill("guide.scholarships.canada") };
        if (facts.IsTrade)
        {
            parts.Add(words.Fill("guide.scholarships.apprentice"));
        }

        parts.Add(words.Fill("guide.scholarships.united_states"));
        return words.Fill("guide.scholarships.lead") + "\n\n" + Bullets(parts) + "\n\n" + words.Fill("guide.scholarships.counsellor");
    }

    private string Steps(Occupation occupation, OccupationFacts facts)
    {
        var steps = new List<string>();
        var subjects = InSentence(occupation.Profile.Knowledge, "knowledge", 3);
        if (subjects.Length > 0)
        {
            steps.Add(words.Fill("guide.steps.school", ("list", words.List(subjects))));
        }

        if (facts.UsOutlook is { } us && EducationLabel(us) is { } usual)
        {
            steps.Add(words.Fill("guide.steps.education", ("education", usual)));
        }

        if (facts.Group is { Teer: { } teer })
        {
            steps.Add(words.Fill("guide.steps.canada", ("teer", teer.ToString(words.Culture)),
                ("teer_path", words.Text($"teer.{teer}.path") ?? string.Empty)));
        }

        if (facts.UsOutlook is { } outlook)
        {
            if (Category("bls-experience", outlook.Experience) is { } experience)
            {
                steps.Add(words.Fill("guide.steps.experience", ("experience", experience)));
            }

            if (Category("bls-training", outlook.Training) is { } training)
            {
                steps.Add(words.Fill("guide.steps.training", ("training", training)));
            }
        }

        var titles = catalogue.TitlesOf(occupation.Id)
            .Where(t => t.Language == words.Language && !t.IsAmbiguous && t.Kind is TitleKind.OnetReported or TitleKind.CnpExample or TitleKind.NocExample)
            .Select(t => t.Title).Distinct(StringComparer.OrdinalIgnoreCase).Take(3).ToArray();
        if (titles.Length > 0)
        {
            steps.Add(words.Fill("guide.steps.first_job", ("list", words.List(titles))));
        }

        return string.Join('\n', steps.Select((s, i) => $"{i + 1}. {s}"));
    }

    private IEnumerable<string> Activities(Occupation occupation) =>
        occupation.Profile.Activities.Select(a => words.Text("activities." + a.ElementId)).OfType<string>().Distinct();

    private static IEnumerable<ElementScore> Strong(IEnumerable<ElementScore> scores) =>
        scores.Where(s => s.Score >= StrongElement).OrderByDescending(s => s.Score);

    private string Label(string file, string elementId) => words.Text($"{file}.{elementId}.name") ?? elementId;

    /// <summary>Our labels of the strongest rated elements, to be listed inside a sentence.</summary>
    private string[] InSentence(IEnumerable<ElementScore> scores, string file, int count) =>
        [.. Strong(scores).Take(count).Select(e => Lower(Label(file, e.ElementId)))];

    /// <summary>Our names of the occupation's top interest areas, to be listed inside a sentence.</summary>
    private string[] InterestNames(Occupation occupation) =>
        [.. TopInterests(occupation).Select(code => Lower(words.Text($"interests.{code}.name") ?? code))];

    /// <summary>The two RIASEC areas with the highest O*NET interest scores (3.5 or more on the 1–7 scale).</summary>
    public static IEnumerable<string> TopInterests(Occupation occupation)
    {
        var i = occupation.Interests;
        (string Code, double Score)[] all =
            [("R", i.Realistic), ("I", i.Investigative), ("A", i.Artistic), ("S", i.Social), ("E", i.Enterprising), ("C", i.Conventional)];
        return all.Where(a => a.Score >= 3.5).OrderByDescending(a => a.Score).Take(2).Select(a => a.Code);
    }

    private IEnumerable<string> ReportedEducation(Occupation occupation)
    {
        var percent = occupation.Profile.EducationPercent;
        return Enumerable.Range(1, Math.Max(0, percent.Count - 1))
            .Where(level => percent[level] >= 10)
            .OrderByDescending(level => percent[level])
            .Take(3)
            .Select(level => words.Fill("guide.education.reported_item",
                ("level", Capital(words.Text($"education.rl.{level}") ?? level.ToString(words.Culture))),
                ("percent", words.Percent(Math.Round((decimal)percent[level], 0)))));
    }

    private string? EducationLabel(UsOutlook outlook) => Category("bls-education", outlook.Education);

    /// <summary>Our label for a BLS category (education, experience, training), keyed by the official category text.</summary>
    private string? Category(string kind, string official) =>
        official.Length == 0 ? null : Lower(words.Text($"education.{kind}.{official}") ?? official);

    private string GroupTitle(CanadianGroup group) => words.IsFrench ? group.TitleFr : group.TitleEn;

    private static string Bullets(IEnumerable<string> lines) => string.Join('\n', lines.Select(l => "- " + l));

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>A label inside a sentence: lower-case first letter, unless it starts an acronym ("IT", "TI").</summary>
    private static string Lower(string text) =>
        text.Length < 2 || char.IsUpper(text[1]) ? text : char.ToLowerInvariant(text[0]) + text[1..];
}
