using System.Text.RegularExpressions;

namespace CareerBot.Counselling.Privacy;

/// <summary>Masks e-mail addresses and phone numbers in a question before it is kept for the counsellors.</summary>
public static partial class PersonalDataMask
{
    public const string Email = "[email]";
    public const string Phone = "[phone]";

    [GeneratedRegex(@"[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}.\-]+\.\p{L}{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex EmailAddress();

    // Seven or more digits, with the separators people type in phone numbers (spaces, dots, dashes, brackets, a leading +).
    [GeneratedRegex(@"(?<![\p{L}\p{N}])\+?\(?\d(?:[\s.\-()]*\d){6,}(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex PhoneNumber();

    public static string Mask(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return PhoneNumber().Replace(EmailAddress().Replace(text, Email), Phone);
    }
}
