using CareerBot.Advisor.FitCheck;

namespace CareerBot.Tests.Advisor;

public sealed class FitScorerTests
{
    private static TraitAnswer Answer(string trait, int weight, int? score) => new(trait, trait, weight, score, $"Practise {trait}.");

    [Theory]
    [InlineData(5, 100, FitBand.Strong)]
    [InlineData(4, 75, FitBand.Strong)]
    [InlineData(3, 50, FitBand.Moderate)]
    [InlineData(2, 25, FitBand.Weak)]
    [InlineData(1, 0, FitBand.Weak)]
    public void The_same_answer_to_every_trait_gives_its_percentage_and_band(int score, int percent, FitBand band)
    {
        var answers = new[] { Answer("a", 1, score), Answer("b", 3, score), Answer("c", 2, score) };

        var result = FitScorer.Score("x", "X", answers, DateTimeOffset.UnixEpoch);

        Assert.Equal(percent, result.Percent);
        Assert.Equal(band, result.Band);
    }

    [Fact]
    public void Heavier_traits_count_more()
    {
        var strongWhereItMatters = new[] { Answer("key", 3, 5), Answer("minor", 1, 1) };
        var strongWhereItDoesNot = new[] { Answer("key", 3, 1), Answer("minor", 1, 5) };

        Assert.True(FitScorer.Percent(strongWhereItMatters) > FitScorer.Percent(strongWhereItDoesNot));
    }

    [Fact]
    public void Skipped_traits_count_neither_for_nor_against()
    {
        var answers = new[] { Answer("a", 1, 5), Answer("b", 1, null) };

        Assert.Equal(100, FitScorer.Percent(answers));
    }

    [Fact]
    public void Everything_skipped_scores_zero_rather_than_failing()
    {
        Assert.Equal(0, FitScorer.Percent([Answer("a", 1, null)]));
    }

    [Fact]
    public void Strengths_and_gaps_are_split_at_four_and_ordered_by_importance()
    {
        var result = FitScorer.Score("x", "X",
            [Answer("calm", 1, 5), Answer("lead", 3, 4), Answer("organise", 3, 1), Answer("explain", 1, 3)],
            DateTimeOffset.UnixEpoch);

        Assert.Equal(["lead", "calm"], result.Strengths.Select(a => a.Trait));
        Assert.Equal(["organise", "explain"], result.ToWorkOn.Select(a => a.Trait));
    }

    [Fact]
    public void Each_band_has_its_own_phrase()
    {
        Assert.Equal("strong fit", FitBand.Strong.Phrase());
        Assert.Equal("moderate fit", FitBand.Moderate.Phrase());
        Assert.Equal("weak fit", FitBand.Weak.Phrase());
    }
}
