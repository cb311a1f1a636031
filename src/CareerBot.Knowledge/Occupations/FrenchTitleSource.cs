namespace CareerBot.Knowledge.Occupations;

/// <summary>Where an occupation's French title comes from: a CNP 2021 example title matched to the occupation, or the
/// CNP unit group's own title when no example could be matched (or no NOC unit is linked: then the English title).</summary>
public enum FrenchTitleSource
{
    CnpExample,
    CnpUnit,
    None,
}
