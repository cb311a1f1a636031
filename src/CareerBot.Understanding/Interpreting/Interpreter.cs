using System.Globalization;
using CareerBot.Knowledge.Answers;
using CareerBot.Knowledge.Catalog;
using CareerBot.Understanding.Learning;
using CareerBot.Understanding.Ratings;

namespace CareerBot.Understanding.Interpreting;

/// <summary>
/// Reads a message with the learned models and the catalogue's name matching, then resolves it against the
/// conversation: careers, topic and region carry over only when the message names none of its own.
/// </summary>
public sealed class Interpreter : IInterpreter
{
    /// <summary>How much likelier a rating (and skip, back…) is while a fit-check question waits for its answer, and how much less likely otherwise.</summary>
    private const double InCheckBoost = 4;
    private const double OutOfCheckDamp = 0.25;
    private const double MinRatingEvidence = 0.1;

    /// <summary>The named careers offered as buttons when a message names too many.</summary>
    private const int MostOffered = 5;

    private static readonly HashSet<Intent> FitCheckMoves = [Intent.Skip, Intent.Back, Intent.Explain, Intent.Restart];

    private readonly Func<UnderstandingModel> model;
    private readonly ICareerCatalog catalog;

    public Interpreter(Func<UnderstandingModel> model, ICareerCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(catalog);
        this.model = model;
        this.catalog = catalog;
    }

    public Interpretation Interpret(string? text, ConversationContext? context = null, string? locale = null)
    {
        context ??= ConversationContext.None;
        var whole = Clean(text);
        var part = QuestionPart.Of(whole);
        var mentions = part.Length == 0 ? Mentions.None : catalog.FindMentions(part);
        var current = model();
        if (current.Labels.Classes.Count == 0)
        {
            // No labelled examples could be loaded: names are still found, nothing is guessed.
            return Untrained(mentions, context, locale);
        }

        var features = TextFeatures.Extract(mentions, part);
        var language = Language(current, features, mentions, locale);
        var (exactLevel, offScale) = RatingPatterns.Read(part, context.AwaitingRating);

        var intents = IntentRanking(current, features, context, exactLevel is not null || offScale, part.Contains('?', StringComparison.Ordinal), RatingPatterns.NamesQuantity(part));
        var topicProbabilities = current.Topics.Predict(features);
        var topics = current.Topics.Classes
            .Select((t, i) => new Scored<string>(t, topicProbabilities[i]))
            .OrderByDescending(s => s.Confidence)
            .ToArray();
        var intent = intents[0].Value;

        int? rating = exactLevel;
        if (intent == Intent.Rating && rating is null && !offScale)
        {
            rating = WordRating(current, features);
        }

        // "how much do engineers make" with no career before it: which engineer? (never a silent guess)
        var kinds = mentions.Careers.Count == 0 && context.Career is null && mentions.Kinds.Count > 1 ? mentions.Kinds : [];

        // "nurse plumber electrician teacher vet…": more jobs than a comparison holds, none of them the subject.
        var crowd = mentions.Careers.Count > Comparison.MaxCareers ? mentions.Careers.Take(MostOffered).ToArray() : [];
        var ownCareer = mentions.Careers.Count > 0 ? mentions.Primary ?? mentions.Careers[0] : kinds.Count > 0 ? kinds[0] : null;
        var career = ownCareer ?? (mentions.Occupation is null ? context.Career : null);
        var topic = topics.Length > 0 ? topics[0].Value : null;
        var topicFromContext = false;
        if (intent is Intent.FollowUp or Intent.ShowMore && context.Topic is not null)
        {
            topic = context.Topic;
            topicFromContext = true;
        }

        var readings = Readings(intents, topics);
        return new Interpretation
        {
            Language = language,
            Intents = intents,
            NamedCareers = mentions.Careers,
            AmbiguousCareers = kinds.Count > 0 ? kinds : crowd.Length > 0 ? crowd : mentions.Ambiguous,
            AlternativeCareers = mentions.Alternatives,
            Career = career,
            CareerFromContext = ownCareer is null && career is not null,
            Topics = topics,
            Topic = topic,
            TopicFromContext = topicFromContext,
            // A place carries over while the conversation stays on its career or follows on ("what about plumbers?");
            // a fresh question about another career starts from no place rather than the last one named.
            Region = mentions.Region ?? (ownCareer is null || ownCareer == context.Career || intent is Intent.FollowUp or Intent.Compare ? context.Region : null),
            Rating = intent == Intent.Rating ? rating : null,
            RatingOffScale = intent == Intent.Rating && offScale,
            Occupation = mentions.Careers.Count == 0 ? mentions.Occupation : null,
            NeedsClarification = part.Length > 0 && exactLevel is null && !offScale && ConfidencePolicy.IsUnsure(readings),
            Alternatives = readings.Take(ConfidencePolicy.Alternatives).ToArray(),
        };
    }

    /// <summary>The intents, best first. A topic label's probability counts for "question"; context shifts the fit-check moves.</summary>
    private static Scored<Intent>[] IntentRanking(UnderstandingModel current, ulong[] features, ConversationContext context, bool exactNumber, bool asks, bool quantity)
    {
        var probabilities = current.Labels.Predict(features);
        var byIntent = new Dictionary<Intent, double>();
        for (var i = 0; i < probabilities.Length; i++)
        {
            var label = current.Labels.Classes[i];
            var intent = current.Corpus.Labels.IsTopic(label) ? Intent.Question
                : IntentLabels.TryParse(label, out var parsed) ? parsed
                : Intent.SmallTalk;
            // "5 years?" counts years: an exact rule says it rates nothing, whatever the words look like.
            var p = intent == Intent.Rating && quantity ? 0 : probabilities[i];

            // Only a message with some look of an answer is boosted: "banana" is no rating, however likely ratings are.
            if ((intent == Intent.Rating && p >= MinRatingEvidence) || FitCheckMoves.Contains(intent))
            {
                // A question mark mid-check ("5 years?") asks something rather than answers: no boost for it.
                p *= context.AwaitingRating ? (asks ? 1 : InCheckBoost) : intent == Intent.Rating ? OutOfCheckDamp : 1;
            }

            byIntent[intent] = byIntent.GetValueOrDefault(intent) + p;
        }

        if (exactNumber)
        {
            // "4", "4/5", "6": an exact rule, not a guess.
            byIntent[Intent.Rating] = byIntent.Values.Sum() * 10;
        }

        var total = byIntent.Values.Sum();
        return [.. byIntent.OrderByDescending(p => p.Value).Select(p => new Scored<Intent>(p.Key, total > 0 ? p.Value / total : 0))];
    }

    private static int WordRating(UnderstandingModel current, ulong[] features) =>
        int.Parse(current.Ratings.Best(current.Ratings.Predict(features)), CultureInfo.InvariantCulture);

    private const string DefaultLanguage = "en";
    private const double SureLanguage = 0.8;
    private const double SureLanguageOfOneWord = 0.95;

    /// <summary>The language the message is written in; a message too short to tell follows the channel's locale.</summary>
    private static string Language(UnderstandingModel current, ulong[] features, Mentions mentions, string? locale)
    {
        var fromLocale = locale is { Length: >= 2 } ? locale[..2].ToLowerInvariant() : null;
        var known = current.Languages.Classes;
        if (known.Count == 0)
        {
            return "en";
        }

        var probabilities = current.Languages.Predict(features);
        var best = current.Languages.Best(probabilities);
        // One word says its language only when it is unmistakable ("salut", "merci", "pourquoi"): "ok", "stop" or
        // "menu" follow the channel.
        var sure = probabilities.Max() >= (mentions.Words.Count >= 2 ? SureLanguage : SureLanguageOfOneWord);
        if (sure)
        {
            return best;
        }

        // Too short to tell: the channel's locale, else the language most students write in.
        return fromLocale is not null && known.Contains(fromLocale) ? fromLocale : known.Contains(DefaultLanguage) ? DefaultLanguage : best;
    }

    private static List<Interpretation.Reading> Readings(Scored<Intent>[] intents, Scored<string>[] topics)
    {
        var readings = new List<Interpretation.Reading>();
        foreach (var (intent, confidence) in intents)
        {
            if (intent == Intent.Question)
            {
                readings.AddRange(topics.Take(ConfidencePolicy.Alternatives).Select(t => new Interpretation.Reading(intent, t.Value, confidence * t.Confidence)));
            }
            else
            {
                readings.Add(new Interpretation.Reading(intent, null, confidence));
            }
        }

        readings.Sort((a, b) => b.Confidence.CompareTo(a.Confidence));
        return readings;
    }

    private static Interpretation Untrained(Mentions mentions, ConversationContext context, string? locale) => new()
    {
        Language = locale is { Length: >= 2 } ? locale[..2].ToLowerInvariant() : "en",
        Intents = [new Scored<Intent>(Intent.Question, 0)],
        NamedCareers = mentions.Careers,
        AmbiguousCareers = mentions.Ambiguous,
        Career = mentions.Careers.Count > 0 ? mentions.Careers[0] : mentions.Occupation is null ? context.Career : null,
        CareerFromContext = mentions.Careers.Count == 0 && context.Career is not null,
        Topics = [],
        Region = mentions.Region ?? context.Region,
        Occupation = mentions.Careers.Count == 0 ? mentions.Occupation : null,
    };

    /// <summary>Control characters become spaces; null and whitespace become empty.</summary>
    private static string Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        return string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = char.IsControl(source[i]) ? ' ' : source[i];
            }
        }).Trim();
    }
}
