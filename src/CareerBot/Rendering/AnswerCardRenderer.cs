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
    /// <param name="cardId">Names the card: its feedback buttons say which answer they rate, and its parts' ids are its own.</param>
    public static AdaptiveCard Render(
        Answer answer, AnswerLanguage language, string fallbackText, bool expanded = false, Uri? pictures = null, string? cardId = null)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(language);
        if (!answer.Answered || answer.About is null || answer.Topic is null)
        {
            return new AdaptiveCard { FallbackText = fallbackText, Speak = SpokenText.From(fallbackText), Body = [new TextBlock(language.Decline(answer))] };
        }

        var heading = answer.Salary.Count > 0 ? language.SalaryIntro(answer).TrimEnd(':', ' ') : language.Heading(answer.About, answer.Topic);
        var body = new List<AdaptiveElement> { new TextBlock(heading) { Size = "Medium", Weight = "Bolder", Style = "heading" } };
        var (salaryShown, salaryHidden) = Salary(answer, language, pictures, expanded);
        body.AddRange(salaryShown);

        // A salary card leads with its figures: how pay varies waits behind "Show more".
        var (shown, hidden) = expanded ? (answer.Body.Select(b => AnswerParts.Markdown(b, numberedParagraphs: true)).ToList(), [])
            : Split(answer.Body, answer.Salary.Count > 0 ? 0 : VisibleLength);
        body.AddRange(shown.Select(text => new TextBlock(text)));
        List<AdaptiveAction>? actions = null;
        if (hidden.Count > 0 || salaryHidden.Count > 0)
        {
            // Unique in the page, which shows many answers: the button's aria-controls names this card's part.
            var moreId = cardId is null ? MoreId : $"{MoreId}-{cardId}";
            body.Add(new Container { Id = moreId, IsVisible = false, Items = [.. salaryHidden, .. hidden.Select(text => new TextBlock(text))] });
            actions = [new ToggleVisibilityAction(language.ShowMore, moreId) { TitleWhenOpen = language.ShowLess }];
        }

        if (answer.Topic == KnowledgeTopics.Sources)
        {
            body.Add(new TextBlock(string.Join('\n', answer.Sources.Select(s => "- " + AnswerTextRenderer.SourceEntry(s, language)))));
        }
        else if (answer.Sources.Count > 0)
        {
            body.Add(new TextBlock(AnswerTextRenderer.SourcesLine(answer.Sources, language)) { Size = "Small", IsSubtle = true, Separator = true });
        }

        actions = [.. actions ?? [], .. Feedback(language, cardId)];
        return new AdaptiveCard { FallbackText = fallbackText, Speak = SpokenText.From(fallbackText), Body = body, Actions = actions };
    }

    /// <summary>
    /// Every answer can be rated: the buttons post fixed texts the bot reads by rule, in any language, and the card they
    /// rate, so a tap on an older card is never counted against a newer answer.
    /// </summary>
    public static IEnumerable<AdaptiveAction> Feedback(AnswerLanguage language, string? cardId)
    {
        ArgumentNullException.ThrowIfNull(language);
        yield return new SubmitAction(language.Helpful, Advisor.Replies.Button.HelpfulValue, cardId);
        yield return new SubmitAction(language.NotHelpful, Advisor.Replies.Button.NotHelpfulValue, cardId);
    }

    /// <summary>
    /// The figures: on a phone a card must stay short, so the first region's yearly (or only) figures show, and the
    /// other regions and periods wait behind "Show more" (all show when the student asked for more).
    /// </summary>
    private static (List<AdaptiveElement> Shown, List<AdaptiveElement> Hidden) Salary(Answer answer, AnswerLanguage language, Uri? pictures, bool expanded)
    {
        var shown = new List<AdaptiveElement>();
        var hidden = new List<AdaptiveElement>();
        if (answer.Salary.Count == 0)
        {
            return (shown, hidden);
        }

        var first = true;
        foreach (var region in AnswerParts.ByRegion(answer.Salary))
        {
            var period = region.Figures.Any(f => f.Period == "year") ? "year" : region.Figures[0].Period;
            var lead = region with { Figures = [.. region.Figures.Where(f => expanded || f.Period == period)] };
            var rest = region with { Figures = [.. region.Figures.Where(f => !expanded && f.Period != period)] };
            (first ? shown : hidden).AddRange(Region(lead, language, pictures));
            if (rest.Figures.Count > 0)
            {
                hidden.AddRange(Region(rest, language, pictures: null));
            }

            first = expanded;
        }

        shown.Add(new TextBlock(language.SalaryCaveat) { Size = "Small", IsSubtle = true });
        return (shown, hidden);
    }

    private static IEnumerable<AdaptiveElement> Region(AnswerParts.RegionFigures region, AnswerLanguage language, Uri? pictures)
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
