namespace CareerBot.Knowledge.Matching;

/// <summary>A career named in a text: how well it matched (0-1) and which words named it.</summary>
internal sealed record CareerMatch(string CareerId, double Quality, int Start, int Length)
{
    public double Strength => Quality * Length;
}
