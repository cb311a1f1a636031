using System.Text.Json;
using System.Text.Json.Serialization;
using CareerBot.Knowledge.Tests.Support;

namespace CareerBot.Knowledge.Tests.QuestionSet;

/// <summary>The question set: questions CareerBot should answer, and questions it should decline.</summary>
public sealed record QuestionFile(
    [property: JsonPropertyName("inScope")] IReadOnlyList<QuestionCase> InScope,
    [property: JsonPropertyName("outOfScope")] IReadOnlyList<QuestionCase> OutOfScope)
{
    public static QuestionFile Load(string name = "questions.json")
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Data", name);
        return JsonSerializer.Deserialize<QuestionFile>(File.ReadAllText(path))
            ?? throw new InvalidDataException($"{path} is empty");
    }
}
