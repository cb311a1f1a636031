using System.Text.Json.Nodes;

namespace CareerBot.Dialogs;

/// <summary>One entry of the dialog stack: which dialog runs and its private state, as plain JSON.</summary>
public sealed class DialogInstance
{
    public string Id { get; set; } = string.Empty;

    public JsonObject State { get; set; } = [];
}
