using CareerBot.Knowledge.Catalog;
using CareerBot.Understanding.Corpus;

namespace CareerBot.Understanding.Learning;

/// <summary>
/// The models learned from one corpus, trained together and swapped as one: intents (every label, topics included),
/// topics alone, 1–5 ratings from words, and the language of a message. Immutable; thread-safe.
/// </summary>
public sealed class UnderstandingModel
{
    private UnderstandingModel(ExampleCorpus corpus, SoftmaxModel labels, SoftmaxModel topics, SoftmaxModel ratings, SoftmaxModel languages)
    {
        Corpus = corpus;
        Labels = labels;
        Topics = topics;
        Ratings = ratings;
        Languages = languages;
    }

    public ExampleCorpus Corpus { get; }

    /// <summary>Every label: a topic label means the intent "question" on that topic.</summary>
    public SoftmaxModel Labels { get; }

    public SoftmaxModel Topics { get; }

    /// <summary>Classes "1" to "5".</summary>
    public SoftmaxModel Ratings { get; }

    /// <summary>Classes are the corpus languages ("en", "fr").</summary>
    public SoftmaxModel Languages { get; }

    /// <summary>Trains every model from <paramref name="examples"/> (by default the whole corpus).</summary>
    public static UnderstandingModel Train(ExampleCorpus corpus, Func<string, Mentions> findMentions, IReadOnlyList<Example>? examples = null)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(findMentions);
        var featured = (examples ?? corpus.Examples)
            .AsParallel().AsOrdered()
            .Select(e => (Example: e, Features: TextFeatures.Extract(findMentions(e.Text), e.Text)))
            .ToArray();

        // The four models are independent: trained side by side, start-up and reloads wait for the slowest only.
        SoftmaxModel? labels = null, topics = null, ratings = null, languages = null;
        Parallel.Invoke(
            () => labels = SoftmaxModel.Train([.. featured.Select(f => (f.Features, f.Example.Label))]),
            () => topics = SoftmaxModel.Train([.. featured.Where(f => corpus.Labels.IsTopic(f.Example.Label)).Select(f => (f.Features, f.Example.Label))]),
            () => ratings = SoftmaxModel.Train([.. featured.Where(f => f.Example.Rating is not null)
                .Select(f => (f.Features, f.Example.Rating!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)))]),
            () => languages = SoftmaxModel.Train([.. featured.Select(f => (f.Features, f.Example.Language))], new SoftmaxModel.Settings(Epochs: 12)));
        return new UnderstandingModel(corpus, labels!, topics!, ratings!, languages!);
    }

    /// <summary>Writes the four trained models (not the corpus, which is read from its files) for <see cref="Read"/>.</summary>
    internal void Write(BinaryWriter writer)
    {
        Labels.Write(writer);
        Topics.Write(writer);
        Ratings.Write(writer);
        Languages.Write(writer);
    }

    /// <summary>Models written by <see cref="Write"/>, trained on <paramref name="corpus"/>.</summary>
    internal static UnderstandingModel Read(BinaryReader reader, ExampleCorpus corpus) =>
        new(corpus, SoftmaxModel.Read(reader), SoftmaxModel.Read(reader), SoftmaxModel.Read(reader), SoftmaxModel.Read(reader));
}
