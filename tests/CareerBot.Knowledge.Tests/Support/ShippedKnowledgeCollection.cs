namespace CareerBot.Knowledge.Tests.Support;

[CollectionDefinition(Name)]
public sealed class ShippedKnowledgeCollection : ICollectionFixture<ShippedKnowledge>
{
    public const string Name = "Shipped knowledge";
}
