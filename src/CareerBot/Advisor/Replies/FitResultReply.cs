using System.Text;
using CareerBot.Advisor.Cards;
using CareerBot.Advisor.FitCheck;
using CareerBot.Advisor.FitCheck.Words;
using CareerBot.BotFramework.Schema;
using CareerBot.Knowledge.Catalog;

namespace CareerBot.Advisor.Replies;

/// <summary>
/// The fit check result: percentage and band (exactly one band phrase), strongest traits, what to work on with the
/// career file's steps, the education path, and for a weak or moderate fit the similar careers that match the strengths.
/// </summary>
public static class FitResultReply
{
    public const int GapsShown = 3;
    public const int StrengthsShown = 3;

    public static Activity Create(
        Activity incoming, FitResult result, CareerProfile? career, IReadOnlyList<SimilarCareer> similar, FitCheckWords? words = null,
        Func<SimilarCareer, string>? shownTitle = null)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(similar);
        words ??= EnglishFitCheckWords.Instance;
        shownTitle ??= s => s.Title;
        var careerTitle = career?.In(words.Code).Title ?? result.CareerTitle;
        var (headline, sections) = Compose(result, career, similar, words, careerTitle, shownTitle);
        var text = new StringBuilder(headline);
        foreach (var (title, body) in sections)
        {
            text.Append("\n\n").Append(title).Append(body.StartsWith('\n') ? words.Colon : words.Colon + " ").Append(body);
        }

        text.Append("\n\n").Append(words.Saved);
        var card = new AdaptiveCard { FallbackText = text.ToString(), Speak = headline };
        card.Body.Add(new TextBlock(words.YourFitFor(careerTitle)) { Size = "Large", Weight = "Bolder", Style = "heading" });
        card.Body.Add(new FactSet
        {
            Facts = [new(words.ScoreLabel, words.Percent(result.Percent)), new(words.ResultLabel, Capitalised(words.Band(result.Band)))],
        });
        card.Body.Add(new TextBlock(headline));
        foreach (var (title, body) in sections)
        {
            card.Body.Add(new TextBlock(title) { Weight = "Bolder", Spacing = "Medium" });
            card.Body.Add(new TextBlock(body.TrimStart('\n')));
        }

        card.Body.Add(new TextBlock(words.Saved) { IsSubtle = true, Separator = true });
        var reply = ReplyFactory.Create(incoming, text.ToString(), card, Buttons(result, career, similar, words, careerTitle, shownTitle));
        reply.Locale = words.Code;
        return reply;
    }

    public const string Saved = "I've saved this result: say \"show my results\" to see it again, or \"forget me\" to delete it.";

    private static (string Headline, List<(string Title, string Body)> Sections) Compose(
        FitResult result, CareerProfile? career, IReadOnlyList<SimilarCareer> similar, FitCheckWords words, string title,
        Func<SimilarCareer, string> shownTitle)
    {
        var profile = career?.In(words.Code);
        var answered = result.Answers.Count(a => a.Score is not null);
        var headline = words.Headline(result.Percent, title, result.Band, skippedAll: answered == 0);
        var sections = new List<(string, string)>();

        var strengths = result.Strengths.Take(StrengthsShown).Select(s => s.Label).ToList();
        sections.Add((words.StrongestTraits, strengths.Count > 0
            ? TextList.Join(strengths, words.And) + "."
            : words.NoneStoodOut));

        var gaps = result.ToWorkOn.Where(g => g.Score is not null).Take(GapsShown).ToList();
        if (gaps.Count > 0)
        {
            sections.Add((words.WhatToWorkOn, string.Concat(gaps.Select(g =>
                $"\n- {g.Label}{words.Colon} {(string.IsNullOrWhiteSpace(g.Improve) ? words.PractiseIt : g.Improve)}"))));
        }
        else if (Excerpt.FirstListItem(profile?.Steps) is { } step)
        {
            sections.Add((words.NextStep, step));
        }

        if (profile?.EducationPath is { Count: > 0 } path)
        {
            sections.Add((words.EducationPath, string.Concat(path.Select(item => "\n- " + item))));
        }

        if (result.Band != FitBand.Strong)
        {
            sections.Add((words.SimilarCareers, similar.Count > 0
                ? string.Concat(similar.Select(s => "\n- " + SimilarLine(s, profile, words, shownTitle(s))))
                : words.NoSimilarCareers));
        }

        return (headline, sections);
    }

    /// <summary>"IT Analyst: studies how … (it calls for your explaining technical things simply)": each its own reason.</summary>
    private static string SimilarLine(SimilarCareer similar, TranslatedProfile? profile, FitCheckWords words, string shown)
    {
        var strengths = words.CallsFor([.. similar.MatchingStrengths.Select(Lower)]);
        return profile?.SimilarReasons.TryGetValue(shown, out var reason) == true
            ? $"{shown}{words.Colon} {reason} ({strengths})"
            : $"{shown} ({strengths})";
    }

    private static List<Button> Buttons(
        FitResult result, CareerProfile? career, IReadOnlyList<SimilarCareer> similar, FitCheckWords words, string title,
        Func<SimilarCareer, string> shownTitle)
    {
        var questions = Rendering.AnswerLanguages.For(words.Code);
        var about = new Knowledge.Answers.CareerRef(career?.Id ?? result.CareerId, title);
        var buttons = new List<Button> { new(questions.Question(new Knowledge.Answers.FollowUp(Knowledge.Files.KnowledgeTopics.Steps, about))) };
        if (result.Band != FitBand.Strong && similar.Count > 0)
        {
            // Shown in the student's language; the value stays the English payload the bot reads by rule.
            buttons.Add(new Button(words.FitCheckForTitle(shownTitle(similar[0])), Button.FitCheckFor(similar[0].Title).Value));
        }
        else
        {
            buttons.Add(new(questions.Question(new Knowledge.Answers.FollowUp(Knowledge.Files.KnowledgeTopics.Salary, about))));
        }

        buttons.Add(new Button(words.ShowResultsTitle, Button.ShowResults.Value));
        return buttons;
    }

    private static string Lower(string label) => label.Length > 1 && char.IsUpper(label[0]) && !char.IsUpper(label[1])
        ? char.ToLowerInvariant(label[0]) + label[1..]
        : label;

    private static string Capitalised(string phrase) => char.ToUpperInvariant(phrase[0]) + phrase[1..];
}
