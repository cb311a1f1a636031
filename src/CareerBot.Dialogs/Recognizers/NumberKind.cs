namespace CareerBot.Dialogs.Recognizers;

public enum NumberKind
{
    Integer,
    Decimal,
    Fraction,
    Ordinal,
    Percentage,
}
