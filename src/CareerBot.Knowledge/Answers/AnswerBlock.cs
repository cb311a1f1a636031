namespace CareerBot.Knowledge.Answers;

/// <summary>One block of a section's body; lines keep the file's inline Markdown (bold, italics, links).</summary>
public sealed record AnswerBlock(AnswerBlockKind Kind, IReadOnlyList<string> Lines)
{
    public static AnswerBlock Paragraph(string text) => new(AnswerBlockKind.Paragraph, [text]);
}
