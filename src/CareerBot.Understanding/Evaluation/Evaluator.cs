using CareerBot.Knowledge.Files;
using CareerBot.Understanding.Interpreting;

namespace CareerBot.Understanding.Evaluation;

/// <summary>
/// Scores an interpreter on an evaluation set through the same entry point and context rule the advisor uses.
/// The fit-check band is worked out by <c>band</c> (the advisor's scorer) from the answers understood and from the answers meant.
/// </summary>
public static class Evaluator
{
    /// <param name="occupations">The career library's codes, for sets labelled with SOC codes and uncovered jobs.</param>
    public static EvaluationReport Run(
        IInterpreter interpreter, EvaluationSet set, Func<string, IReadOnlyList<int?>, string?>? band = null, IOccupationCodes? occupations = null)
    {
        ArgumentNullException.ThrowIfNull(interpreter);
        ArgumentNullException.ThrowIfNull(set);
        var report = new EvaluationReport();
        foreach (var item in set.Messages)
        {
            if (item.Soc is not null)
            {
                Occupation(interpreter, item, report, occupations);
            }
            else
            {
                Message(interpreter, item, report, occupations);
            }
        }

        foreach (var item in set.Ratings)
        {
            var got = interpreter.Interpret(item.Text, new ConversationContext(AwaitingRating: true), item.Language);
            var right = got.Intent == Intent.Rating && got.Rating == item.Rating;
            report.Ratings.Add(right, $"{item.Rating}", item.Language);
            if (!right)
            {
                report.Misses.Add($"[rating {item.Language}] \"{item.Text}\": meant {item.Rating}, understood {Describe(got)}");
            }
        }

        foreach (var check in set.FitChecks)
        {
            FitCheck(interpreter, check, report, band);
        }

        return report;
    }

    /// <summary>A question about any occupation: right when the career understood has the SOC code meant (with no
    /// "which one?") and, for occupation+topic, the topic too.</summary>
    private static void Occupation(IInterpreter interpreter, EvaluationCase item, EvaluationReport report, IOccupationCodes? occupations)
    {
        var context = ConversationContext.None;
        foreach (var earlier in item.Context)
        {
            context = ContextTracker.Advance(context, interpreter.Interpret(earlier, context, item.Language));
        }

        var got = interpreter.Interpret(item.Text, context, item.Language);
        var asked = got.AmbiguousCareers.Count > 1;
        var occupationRight = !asked && got.Career is { } career && occupations?.Soc(career) == item.Soc;
        var topicRight = got.Intent is Intent.Question or Intent.FollowUp && got.Topic == item.Topic;
        report.Occupations.Add(occupationRight, item.Soc!, item.Language);
        report.OccupationAndTopic.Add(occupationRight && topicRight, item.Topic, item.Soc!, item.Language);
        if (asked && got.AmbiguousCareers.Any(c => occupations?.Soc(c) == item.Soc))
        {
            report.OccupationOffered++;
        }

        if (!occupationRight || !topicRight)
        {
            var gotSoc = got.Career is { } c ? occupations?.Soc(c) : null;
            report.Misses.Add($"[{item.Language}] \"{item.Text}\": meant {item.Topic} {item.Occupation} ({item.Soc}), understood " +
                $"{Describe(got)}{(gotSoc is null ? "" : $" ({gotSoc})")}{(asked ? " which one: " + string.Join('/', got.AmbiguousCareers) : "")}");
        }
    }

    private static void Message(IInterpreter interpreter, EvaluationCase original, EvaluationReport report, IOccupationCodes? occupations)
    {
        // A follow-up is a question whose topic or career comes from the context.
        var item = original.Intent == "followup" ? original with { Intent = "question" } : original;
        var context = ConversationContext.None;
        foreach (var earlier in item.Context)
        {
            context = ContextTracker.Advance(context, interpreter.Interpret(earlier, context, item.Language));
        }

        var got = interpreter.Interpret(item.Text, context, item.Language);
        report.Clarifications += got.NeedsClarification ? 1 : 0;
        var gotIntent = got.Intent == Intent.FollowUp ? "question" : IntentLabels.Label(got.Intent);
        var intentRight = gotIntent == item.Intent;
        report.Intents.Add(intentRight, item.Intent, item.Language);
        if (!intentRight)
        {
            report.Confuse(item.Intent, gotIntent);
        }

        var careerRight = true;
        var topicRight = true;
        if (item.Intent == "question")
        {
            topicRight = got.Topic == item.Topic;
            careerRight = got.Career == item.Career
                || (item.Career is null && item.Occupation is not null && got.Career is { } named && occupations?.IsCatalogue(named) == true);
            report.TopicAndCareer.Add(intentRight && topicRight && careerRight, item.Topic, item.Career ?? "(no career)", item.Language);
            if (intentRight && !topicRight)
            {
                report.Confuse($"topic {item.Topic}", $"topic {got.Topic}");
            }
        }
        else if (item.Intent == "compare" && item.Careers.Count > 0)
        {
            careerRight = item.Careers.Order(StringComparer.Ordinal).SequenceEqual(got.NamedCareers.Order(StringComparer.Ordinal));
        }
        else if (item.Intent is "fitcheck_start" or "fitcheck_switch" && item.Career is not null)
        {
            careerRight = got.NamedCareers.FirstOrDefault() == item.Career;
        }

        if (item.Region is not null)
        {
            // Sets labelled before provinces and states had their own ids name the country: a province in it is right.
            var expected = KnowledgeRegions.Codes.GetValueOrDefault(item.Region, item.Region);
            var regionRight = got.Region == expected
                || (got.Region is { } place && expected is KnowledgeRegions.Canada or KnowledgeRegions.UnitedStates
                    && KnowledgeRegions.Country(place) == expected);
            report.Regions.Add(regionRight, item.Region);
        }

        if (!intentRight || !topicRight || !careerRight)
        {
            var after = item.Context.Count > 0 ? $" after \"{string.Join(" | ", item.Context)}\"" : string.Empty;
            report.Misses.Add($"[{item.Language}] \"{item.Text}\"{after}: meant {item.Intent}" +
                $"{(item.Topic is null ? "" : "/" + item.Topic)}{(item.Career is null ? "" : " " + item.Career)}" +
                $"{(item.Careers.Count > 0 ? " " + string.Join('+', item.Careers) : "")}, understood {Describe(got)}");
        }
    }

    private static void FitCheck(IInterpreter interpreter, FitCheckCase check, EvaluationReport report, Func<string, IReadOnlyList<int?>, string?>? band)
    {
        var meant = new List<int?>();
        var understood = new List<int?>();
        var context = ConversationContext.None;
        var turnsRight = true;
        foreach (var turn in check.Turns)
        {
            var got = interpreter.Interpret(turn.Text, context, check.Language);
            bool right;
            switch (turn.Expect)
            {
                case "start":
                    right = got.Intent == Intent.StartFitCheck && (got.NamedCareers.Count == 0 || got.NamedCareers[0] == check.Career);
                    context = new ConversationContext(Career: check.Career, AwaitingRating: true, FitCheckCareer: check.Career);
                    break;
                case "rating":
                    right = got.Intent == Intent.Rating && got.Rating == turn.Rating;
                    meant.Add(turn.Rating);
                    understood.Add(got.Intent == Intent.Rating ? got.Rating : null);
                    break;
                case "question":
                    right = got.Intent is Intent.Question or Intent.FollowUp && (turn.Topic is null || got.Topic == turn.Topic);
                    break;
                default:
                    right = IntentLabels.TryParse(turn.Expect, out var expected) && got.Intent == expected;
                    if (turn.Expect == "skip")
                    {
                        meant.Add(null);
                        understood.Add(got.Intent == Intent.Skip ? null : got.Rating);
                    }

                    break;
            }

            report.FitCheckTurns.Add(right, turn.Expect, check.Language);
            if (!right)
            {
                turnsRight = false;
                report.Misses.Add($"[fit check {check.Language} {check.Career}] \"{turn.Text}\": meant {turn.Expect}{(turn.Rating is { } r ? " " + r : "")}, understood {Describe(got)}");
            }
        }

        var meantBand = band?.Invoke(check.Career, meant);
        var gotBand = band?.Invoke(check.Career, understood);
        var bandRight = band is null ? turnsRight : meantBand == gotBand;
        report.FitCheckBands.Add(bandRight, check.Career, check.Language);
        if (!bandRight)
        {
            report.Misses.Add($"[fit check {check.Language} {check.Career}] {check.File}:{check.Line}: meant band {meantBand}, understood {gotBand}");
        }
    }

    private static string Describe(Interpretation got)
    {
        var what = got.Intent switch
        {
            Intent.Question or Intent.FollowUp => $"{IntentLabels.Label(got.Intent)}/{got.Topic}",
            Intent.Rating => got.RatingOffScale ? "rating off the scale" : $"rating {got.Rating}",
            _ => IntentLabels.Label(got.Intent),
        };
        var careers = got.NamedCareers.Count > 1 ? " " + string.Join('+', got.NamedCareers) : got.Career is { } c ? " " + c : string.Empty;
        return $"{what}{careers} ({got.Confidence:0.00})";
    }
}
