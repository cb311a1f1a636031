using CareerBot.Knowledge.Catalog;

namespace CareerBot.Understanding.Evaluation;

/// <summary>The career library's codes for an evaluation: a career's SOC code and whether it is a catalogue occupation.</summary>
public sealed class CatalogOccupationCodes(ICareerCatalog catalog) : IOccupationCodes
{
    public string? Soc(string careerId) => catalog.FindCareer(careerId)?.Soc;

    public bool IsCatalogue(string careerId) => catalog.FindCareer(careerId)?.FromCatalogue == true;
}
