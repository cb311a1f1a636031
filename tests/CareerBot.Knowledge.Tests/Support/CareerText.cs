namespace CareerBot.Knowledge.Tests.Support;

/// <summary>A small valid career file to copy and break one rule at a time.</summary>
internal static class CareerText
{
    public static string Valid(string id, string title = "Test Career", string related = "[]") => $"""
        ---
        id: {id}
        title: {title}
        aliases: [{id.Replace('-', ' ')} person]
        related: {related}
        salary:
          - region: alberta
            statistic: average
            amount: 50000
            currency: CAD
            period: year
            year: 2020
            group: Testers
            source: test-survey
        fit:
          - trait: patience
            label: Patience
            question: How patient are you with slow computers?
            weight: 2
            improve: Practise waiting.
        sources:
          - id: test-survey
            title: Test Survey
            url: https://example.org/survey
            year: 2020
        ---
        ## Overview
        {title}s test things all day (Test Survey, 2020).
        ## Steps
        Finish high school, then take a testing course.
        ## Education
        A two-year diploma in testing.
        ## Experience
        Volunteer testing at a school club.
        ## Duties
        They test software and write reports.
        ## Traits
        Patience and attention to detail.
        ## Employers
        Software companies and banks.
        ## Salary
        In Alberta the average was $50,000 a year (Test Survey, 2020).
        ## Outlook
        Steady demand.
        ## Advancement
        Test lead, then test manager.
        ## Similar careers
        None listed.
        ## Scholarships
        Ask your school counsellor.
        ## Sources
        - Test Survey (2020)

        """.Replace("\r\n", "\n");

    /// <summary>The 1-based line of the first line containing <paramref name="fragment"/>.</summary>
    public static int LineOf(string text, string fragment)
    {
        var lines = text.Split('\n');
        var index = Array.FindIndex(lines, l => l.Contains(fragment, StringComparison.Ordinal));
        return index < 0 ? throw new ArgumentException($"'{fragment}' is not in the text") : index + 1;
    }
}
