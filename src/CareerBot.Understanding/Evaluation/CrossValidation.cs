using CareerBot.Knowledge.Catalog;
using CareerBot.Understanding.Corpus;
using CareerBot.Understanding.Learning;

namespace CareerBot.Understanding.Evaluation;

/// <summary>k-fold cross-validation on the training corpus: train on k−1 folds, score the label of the fold left out.</summary>
public static class CrossValidation
{
    public static Tally Run(ExampleCorpus corpus, Func<string, Mentions> findMentions, int folds, int seed = 7)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(findMentions);
        var shuffled = corpus.Examples.ToArray();
        new Random(seed).Shuffle(shuffled);
        var tally = new Tally();
        for (var fold = 0; fold < folds; fold++)
        {
            var train = shuffled.Where((_, i) => i % folds != fold).ToArray();
            var test = shuffled.Where((_, i) => i % folds == fold).ToArray();
            var model = UnderstandingModel.Train(corpus, findMentions, train);
            foreach (var example in test)
            {
                var best = model.Labels.Best(model.Labels.Predict(TextFeatures.Extract(findMentions(example.Text), example.Text)));
                tally.Add(best == example.Label, example.Label, example.Language);
            }
        }

        return tally;
    }
}
