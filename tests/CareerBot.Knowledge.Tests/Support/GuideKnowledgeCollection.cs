namespace CareerBot.Knowledge.Tests.Support;

[CollectionDefinition(Name)]
public sealed class GuideKnowledgeCollection : ICollectionFixture<GuideKnowledge>
{
    public const string Name = "Guides without the catalogue";
}
