namespace CareerBot.Knowledge.Occupations;

/// <summary>Where a title comes from; the file spells these in kebab case (<c>onet-alternate</c>, <c>cnp-example</c>).</summary>
public enum TitleKind
{
    OnetTitle,
    OnetAlternate,
    OnetReported,
    NocUnit,
    NocExample,
    CnpUnit,
    CnpExample,
}
