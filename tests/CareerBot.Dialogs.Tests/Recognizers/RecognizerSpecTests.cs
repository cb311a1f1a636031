using System.Text.Json.Nodes;
using CareerBot.Dialogs.Choices;
using CareerBot.Dialogs.Recognizers;

namespace CareerBot.Dialogs.Tests.Recognizers;

/// <summary>The recognizers against the cases in Data/*.json, in the manner of the Recognizers-Text spec files.</summary>
public sealed class RecognizerSpecTests
{
    public static TheoryData<string, string?, JsonNode?> ScaleCases => RecognizerCase.Load("scale.json", "level");
    public static TheoryData<string, string?, JsonNode?> YesNoCases => RecognizerCase.Load("yesno.json", "answer");
    public static TheoryData<string, string?, JsonNode?> NumberCases => RecognizerCase.Load("numbers.json", "value");
    public static TheoryData<string, string?, JsonNode?> ChoiceCases => RecognizerCase.Load("choices.json", "index");

    [Theory]
    [MemberData(nameof(ScaleCases))]
    public void A_rating_said_in_digits_fractions_words_or_french_gets_its_level(string text, string? locale, JsonNode? level)
    {
        var found = ScaleRecognizer.RecognizeLevel(text, locale ?? "en-US") ?? AgreementRecognizer.Recognize(text, locale ?? "en-US");

        Assert.Equal(level?.GetValue<int>(), found);
    }

    [Theory]
    [MemberData(nameof(YesNoCases))]
    public void Everyday_yes_and_no_are_understood_in_english_and_french(string text, string? locale, JsonNode? answer)
    {
        Assert.Equal(answer?.GetValue<bool>(), YesNoRecognizer.Recognize(text, locale ?? "en-US"));
    }

    [Theory]
    [MemberData(nameof(NumberCases))]
    public void Numbers_in_digits_or_words_are_read(string text, string? locale, JsonNode? value)
    {
        var found = NumberRecognizer.TryRecognizeNumber(text, locale ?? "en-US", out var number) ? number : (double?)null;

        Assert.Equal(value?.GetValue<double>(), found);
    }

    [Theory]
    [MemberData(nameof(ChoiceCases))]
    public void A_choice_is_picked_by_name_number_or_ordinal(string text, string? locale, JsonNode? index)
    {
        var choices = RecognizerCase.Choices("choices.json", text).Select(c => new Choice(c)).ToList();

        var found = ChoiceRecognizer.Recognize(text, choices, locale ?? "en-US");

        Assert.Equal(index?.GetValue<int>(), found?.Index);
    }
}
