using CareerBot.Knowledge.Catalog;

namespace CareerBot.Advisor.FitCheck;

/// <summary>Finds the related careers whose fit traits ask for what the student rated highly.</summary>
public static class SimilarCareers
{
    public const int MaxShown = 3;

    public static IReadOnlyList<SimilarCareer> Find(FitResult result, CareerProfile career, ICareerCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(career);
        ArgumentNullException.ThrowIfNull(catalog);
        var strengths = result.Strengths.Select(s => (s.Label, Concepts: TraitConcepts.Of(s.Trait, s.Label))).ToList();
        if (strengths.Count == 0)
        {
            return [];
        }

        var found = new List<(SimilarCareer Career, int Order)>();
        foreach (var (id, order) in career.Related.Select((id, i) => (id, i)))
        {
            if (id == career.Id || catalog.FindCareer(id) is not { } other)
            {
                continue;
            }

            var wanted = other.Fit.Select(t => (t.Trait, Concepts: TraitConcepts.Of(t))).ToList();
            var matching = strengths
                .Where(s => wanted.Any(w => w.Concepts.Overlaps(s.Concepts)))
                .Select(s => s.Label)
                .ToList();
            if (matching.Count > 0)
            {
                found.Add((new SimilarCareer(other.Id, other.Title, matching), order));
            }
        }

        // Most matching strengths first; the career file's own order of related careers breaks ties.
        return found.OrderByDescending(f => f.Career.MatchingStrengths.Count).ThenBy(f => f.Order)
            .Take(MaxShown).Select(f => f.Career).ToList();
    }
}
