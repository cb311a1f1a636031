using System.Text.Json;
using System.Text.Json.Nodes;

namespace CareerBot.Dialogs.Tests.Recognizers;

/// <summary>Reads the recognizer specs in Data/*.json: one object per case, with the text, an optional locale and the expected value.</summary>
public static class RecognizerCase
{
    public static TheoryData<string, string?, JsonNode?> Load(string file, string expectedKey)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Data", file);
        var cases = JsonNode.Parse(File.ReadAllText(path))!.AsArray();
        var data = new TheoryData<string, string?, JsonNode?>();
        foreach (var item in cases)
        {
            data.Add(item!["text"]!.GetValue<string>(), item["locale"]?.GetValue<string>(), item[expectedKey]?.DeepClone());
        }

        return data;
    }

    public static string[] Choices(string file, string text)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Data", file);
        var match = JsonNode.Parse(File.ReadAllText(path))!.AsArray().First(c => c!["text"]!.GetValue<string>() == text)!;
        return match["choices"]!.Deserialize<string[]>()!;
    }
}
