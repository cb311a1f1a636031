using CareerBot.Knowledge.Catalog;
using CareerBot.Understanding.Evaluation;

namespace CareerBot.Cli;

/// <summary>The career library's codes for <c>eval</c>: a career's SOC code and whether it is a catalogue occupation.</summary>
internal sealed class LibraryOccupationCodes(ICareerCatalog catalog) : IOccupationCodes
{
    public string? Soc(string careerId) => catalog.FindCareer(careerId)?.Soc;

    public bool IsCatalogue(string careerId) => catalog.FindCareer(careerId)?.FromCatalogue == true;
}
