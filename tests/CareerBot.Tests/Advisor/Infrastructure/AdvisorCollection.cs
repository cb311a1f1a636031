namespace CareerBot.Tests.Advisor.Infrastructure;

/// <summary>The advisor tests share one in-memory host; each test talks in its own conversation as its own student.</summary>
[CollectionDefinition(Name)]
public sealed class AdvisorCollection : ICollectionFixture<AdvisorHost>
{
    public const string Name = "advisor";
}
