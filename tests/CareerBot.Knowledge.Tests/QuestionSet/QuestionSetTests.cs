using CareerBot.Knowledge.Answers;
using CareerBot.Knowledge.Tests.Support;
using Xunit.Abstractions;

namespace CareerBot.Knowledge.Tests.QuestionSet;

/// <summary>The question set written for the seven guides, on the guides alone (the catalogue answers its
/// out-of-scope jobs now; UncoveredCareerTests and the occupation evaluation set cover those).</summary>
[Collection(GuideKnowledgeCollection.Name)]
public sealed class QuestionSetTests(GuideKnowledge shipped, ITestOutputHelper output)
{
    private static readonly QuestionFile Questions = QuestionFile.Load();

    [Fact]
    public void The_question_set_covers_every_career_topic_and_region_with_enough_out_of_scope_questions()
    {
        Assert.True(Questions.InScope.Count + Questions.OutOfScope.Count >= 200);
        Assert.True(Questions.OutOfScope.Count >= 40);
        Assert.Equal(shipped.Knowledge.Careers.Select(c => c.Id).Order(), Questions.InScope.Select(q => q.Career!).Distinct().Order());
        Assert.Equal(12, Questions.InScope.Select(q => q.Topic).Distinct().Count());
        Assert.Equal(["alberta", "bc", "canada", "us"], Questions.InScope.Select(q => q.Region).OfType<string>().Distinct().Order());
        Assert.Contains(Questions.InScope, q => q.Context is { Count: > 0 });
    }

    [Fact]
    public void At_least_95_percent_of_in_scope_questions_get_the_right_career_topic_and_region()
    {
        var misses = new List<string>();
        foreach (var question in Questions.InScope)
        {
            var answer = Understood.Ask(shipped.Knowledge, question.Text, [.. question.Context ?? []]);
            var right = answer.Answered && answer.Career == question.Career && answer.Topic == question.Topic
                && (question.Region is null || answer.Region == question.Region
                    || (answer.Region is { } place && CareerBot.Knowledge.Files.KnowledgeRegions.Country(place) == question.Region));
            if (!right)
            {
                misses.Add($"MISS {question} → career={answer.Career} topic={answer.Topic} region={answer.Region} " +
                    $"answered={answer.Answered} score={answer.Score} (expected {question.Career}/{question.Topic}/{question.Region})");
            }
        }

        Report(misses, Questions.InScope.Count);
        Assert.True(misses.Count <= Questions.InScope.Count * 0.05, $"{misses.Count} of {Questions.InScope.Count} in-scope questions missed");
    }

    [Fact]
    public void At_least_90_percent_of_out_of_scope_questions_are_not_answered()
    {
        var misses = new List<string>();
        foreach (var question in Questions.OutOfScope)
        {
            var answer = Understood.Ask(shipped.Knowledge, question.Text, [.. question.Context ?? []]);
            if (answer.Answered)
            {
                misses.Add($"ANSWERED {question} → career={answer.Career} topic={answer.Topic} score={answer.Score}");
            }
        }

        Report(misses, Questions.OutOfScope.Count);
        Assert.True(misses.Count <= Questions.OutOfScope.Count * 0.10, $"{misses.Count} of {Questions.OutOfScope.Count} out-of-scope questions answered");
    }

    private void Report(List<string> misses, int total)
    {
        output.WriteLine($"{total - misses.Count} of {total} right");
        foreach (var miss in misses)
        {
            output.WriteLine(miss);
        }
    }
}
