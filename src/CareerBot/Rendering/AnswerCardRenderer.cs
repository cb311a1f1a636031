using CareerBot.Advisor.Cards;
using CareerBot.Knowledge.Answers;
using CareerBot.Knowledge.Files;

namespace CareerBot.Rendering;

/// <summary>
/// An answer as an Adaptive Card (Web Chat, Teams): a heading, salary figures as one compact table per region with the
/// group and source said once, the section's first part, and the rest behind "Show more" in the same card.
/// </summary>
public static class AnswerCardRenderer
{
    /// <summary>How much of a section shows before "Show more", in characters of text.</summary>
    public const int VisibleLength = 450;

    public const string MoreId = "more";

    /// <param name="expanded">The student typed "show more": everything shows, with no button.</param>
    /// <param name="pictures">The bot's own address, for channels that show its pictures (salary ranges); null for none.</param>
    public static AdaptiveCard Render(Answer answer, AnswerLanguage language, string fallbackText, bool expanded = false, Uri? pictures = null)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(language);
        if (!answer.Answered || answer.About is null || answer.Topic is null)
        {
            return new AdaptiveCard { FallbackText = fallbackText, Speak = SpokenText.From(fallbackText), Body = [new TextBlock(language.Decline(answer))] };
        }

        var heading = answer.Salary.Count > 0 ? language.SalaryIntro(answer).TrimEnd(':', ' ') : language.Heading(answer.About, answer.Topic);
        var body = new List<AdaptiveElement> { new TextBlock(heading) { Size = "Medium", Weight = "Bolder", Style = "heading" } };
        if (answer.Salary.Count > 0)
        {
            body.AddRange(Salary(answer, language, pictures));
        }

        // A salary card leads with its figures: how pay varies waits behind "Show more".
        var (shown, hidden) = expanded ? (answer.Body.Select(b => AnswerParts.Markdown(b, numberedParagraphs: true)).ToList(), [])
            : Split(answer.Body, answer.Salary.Count > 0 ? 0 : VisibleLength);
        body.AddRange(shown.Select(text => new TextBlock(text)));
        List<AdaptiveAction>? actions = null;
        if (hidden.Count > 0)
        {
            body.Add(new Container { Id = MoreId, IsVisible = false, Items = [.. hidden.Select(text => new TextBlock(text))] });
            actions = [new ToggleVisibilityAction(language.ShowMore, MoreId)];
        }

        if (answer.Topic == KnowledgeTopics.Sources)
        {
            body.Add(new TextBlock(string.Join('\n', answer.Sources.Select(s => "- " + AnswerTextRenderer.SourceEntry(s, language)))));
        }
        else if (answer.Sources.Count > 0)
        {
            body.Add(new TextBlock(AnswerTextRenderer.SourcesLine(answer.Sources, language)) { Size = "Small", IsSubtle = true, Separator = true });
        }

        // Every answer can be rated; the buttons post fixed texts the bot reads by rule, in any language.
        actions = [.. actions ?? [], new SubmitAction(language.Helpful, Advisor.Replies.Button.HelpfulValue),
            new SubmitAction(language.NotHelpful, Advisor.Replies.Button.NotHelpfulValue)];
        return new AdaptiveCard { FallbackText = fallbackText, Speak = SpokenText.From(fallbackText), Body = body, Actions = actions };
    }

    private static IEnumerable<AdaptiveElement> Salary(Answer answer, AnswerLanguage language, Uri? pictures)
    {
        foreach (var region in AnswerParts.ByRegion(answer.Salary))
        {
            var low = region.Figures.FirstOrDefault(f => f.Statistic == "low");
            var median = region.Figures.FirstOrDefault(f => f.Statistic == "median" && f.Period == low?.Period);
            var high = region.Figures.FirstOrDefault(f => f.Statistic == "high" && f.Period == low?.Period);
            yield return new TextBlock(AnswerParts.Capitalised(language.RegionName(region.Region))) { Weight = "Bolder", Spacing = "Medium" };
            if (pictures is not null && low is not null && median is not null && high is not null)
            {
                yield return new Image(SalaryRangeChart.Address(pictures, low.Amount, median.Amount, high.Amount).ToString(),
                    language.RangePicture(region.Region, low, median, high)) { Spacing = "Small" };
            }

            yield return new FactSet
            {
                Facts = [.. region.Figures.Select(f => new Fact(AnswerParts.Capitalised(language.Statistic(f.Statistic)), language.Amount(f)))],
            };
            yield return new TextBlock(language.FigureSource(region.Group, region.Source)) { Size = "Small", IsSubtle = true, Spacing = "None" };
        }

        yield return new TextBlock(language.SalaryCaveat) { Size = "Small", IsSubtle = true };
    }

    /// <summary>
    /// The body as Markdown texts, split after the first <see cref="VisibleLength"/> characters: whole paragraphs, and
    /// lists cut between items so the hidden part goes on with the right step number.
    /// </summary>
    private static (List<string> Shown, List<string> Hidden) Split(IReadOnlyList<AnswerBlock> blocks, int visible)
    {
        var shown = new List<string>();
        var hidden = new List<string>();
        var length = 0;
        foreach (var block in blocks)
        {
            if (length >= visible)
            {
                hidden.Add(AnswerParts.Markdown(block, numberedParagraphs: true));
                continue;
            }

            if (block.Kind is AnswerBlockKind.Steps or AnswerBlockKind.Bullets)
            {
                var fit = 0;
                while (fit < block.Lines.Count && (fit == 0 || length + block.Lines[fit].Length <= visible))
                {
                    length += block.Lines[fit].Length;
                    fit++;
                }

                shown.Add(AnswerParts.Markdown(block, 0, fit, numberedParagraphs: true));
                if (fit < block.Lines.Count)
                {
                    hidden.Add(AnswerParts.Markdown(block, fit, numberedParagraphs: true));
                    length = visible;
                }

                continue;
            }

            shown.Add(AnswerParts.Markdown(block, numberedParagraphs: true));
            length += block.Lines.Sum(l => l.Length);
        }

        return (shown, hidden);
    }
}
