using CareerBot.Knowledge.Occupations;

namespace CareerBot.Catalogue.Import.Tests;

/// <summary>The committed catalogue, loaded once for all golden tests.</summary>
internal static class CommittedCatalogue
{
    private static readonly Lazy<OccupationCatalogueLoad> Loaded = new(() => OccupationCatalogue.Load(RepositoryPaths.Catalogue));

    public static OccupationCatalogueLoad Load => Loaded.Value;

    public static OccupationCatalogue Catalogue => Loaded.Value.Catalogue;
}
