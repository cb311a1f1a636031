using CareerBot.Advisor.Cards;
using CareerBot.Knowledge.Answers;

namespace CareerBot.Rendering;

/// <summary>
/// Careers side by side: in the text every career's line of each row, in the card one column per career. Both end
/// with which career pays more where every one has a figure, and every career's sources; the card, like every answer
/// card, can be rated.
/// </summary>
public static class ComparisonRenderer
{
    public static string Text(Comparison comparison, AnswerLanguage language)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(language);
        var parts = new List<string> { language.CompareIntro([.. comparison.Careers.Select(c => c.Career.Title)]) };
        foreach (var career in comparison.Careers)
        {
            var lines = Rows(career, language).Select(r => "- " + language.Labelled(language.CompareLabel(r.Field), r.Value));
            parts.Add($"**{career.Career.Title}**\n" + string.Join('\n', lines));
        }

        if (HigherPay(comparison, language) is { } higher)
        {
            parts.Add(higher);
        }

        var sources = AllSources(comparison);
        if (sources.Count > 0)
        {
            parts.Add(AnswerTextRenderer.SourcesLine(sources, language));
        }

        return string.Join("\n\n", parts);
    }

    /// <param name="cardId">Names the card for its Helpful / Not helpful buttons, as on every answer card.</param>
    public static AdaptiveCard Card(Comparison comparison, AnswerLanguage language, string fallbackText, string? cardId = null)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(language);
        var columns = comparison.Careers.Select(career => new Column
        {
            Items =
            [
                new TextBlock(career.Career.Title) { Weight = "Bolder", Size = "Medium" },
                .. Rows(career, language).SelectMany(r => new AdaptiveElement[]
                {
                    new TextBlock(language.CompareLabel(r.Field)) { Weight = "Bolder", Size = "Small", IsSubtle = true, Spacing = "Medium" },
                    new TextBlock(r.Value) { Spacing = "None" },
                }),
            ],
        }).ToList();
        var body = new List<AdaptiveElement>
        {
            new TextBlock(language.CompareIntro([.. comparison.Careers.Select(c => c.Career.Title)])) { Weight = "Bolder", Style = "heading" },
            new ColumnSet { Columns = columns },
        };
        if (HigherPay(comparison, language) is { } higher)
        {
            body.Add(new TextBlock(higher) { Spacing = "Medium" });
        }

        var sources = AllSources(comparison);
        if (sources.Count > 0)
        {
            body.Add(new TextBlock(AnswerTextRenderer.SourcesLine(sources, language)) { Size = "Small", IsSubtle = true, Separator = true });
        }

        return new AdaptiveCard
        {
            FallbackText = fallbackText, Speak = SpokenText.From(fallbackText), Body = body,
            Actions = comparison.Careers.Count > 0 ? [.. AnswerCardRenderer.Feedback(language, cardId)] : null,
        };
    }

    private static IEnumerable<(string Field, string Value)> Rows(ComparedCareer career, AnswerLanguage language)
    {
        if (career.Summary is { } summary)
        {
            yield return (ComparisonFields.Summary, summary);
        }

        if (career.Education is { } education)
        {
            yield return (ComparisonFields.Education, education);
        }

        if (career.Experience is { } experience)
        {
            yield return (ComparisonFields.Experience, experience);
        }

        yield return (ComparisonFields.Pay, career.Salary.Count == 0
            ? language.NoFigure
            : string.Join("; ", career.Salary.Select(f =>
                language.Labelled(AnswerParts.Capitalised(language.RegionName(f.Region)), $"{language.Figure(f)} ({f.Year})"))));
        if (career.Outlook is { } outlook)
        {
            yield return (ComparisonFields.Outlook, outlook);
        }
    }

    /// <summary>The first region where every career has a figure in one currency and statistic, and who is highest there.</summary>
    private static string? HigherPay(Comparison comparison, AnswerLanguage language)
    {
        if (comparison.Careers.Count < 2)
        {
            return null;
        }

        // The region asked about first; figures compare only in one currency, statistic and period.
        var regions = comparison.Careers[0].Salary.Select(f => f.Region).Distinct()
            .OrderBy(r => r == comparison.Region ? 0 : 1);
        foreach (var region in regions)
        {
            var figures = comparison.Careers
                .Select(c => (c.Career.Title, Figure: c.Salary.FirstOrDefault(f => f.Region == region)))
                .ToList();
            if (figures.Any(f => f.Figure is null)
                || figures.Select(f => (f.Figure!.Currency, f.Figure.Statistic, f.Figure.Period)).Distinct().Count() != 1)
            {
                continue;
            }

            var ranked = figures.OrderByDescending(f => f.Figure!.Amount).ToList();
            if (ranked[0].Figure!.Amount == ranked[1].Figure!.Amount)
            {
                // Two careers counted in one official group have one figure: say so, never "X pays more: $1 against $1".
                return language.SamePay(region, [.. figures.Select(f => f.Title)], ranked[0].Figure!);
            }

            return language.HigherPay(region, ranked[0].Title, ranked[0].Figure!, [.. ranked.Skip(1).Select(f => (f.Title, f.Figure!))]);
        }

        return null;
    }

    public static List<SourceReference> AllSources(Comparison comparison) =>
        comparison.Careers.SelectMany(c => c.Sources).Distinct().ToList();
}
