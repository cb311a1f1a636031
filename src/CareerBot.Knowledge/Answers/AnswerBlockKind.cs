namespace CareerBot.Knowledge.Answers;

/// <summary>The kinds of block a section's body is made of.</summary>
public enum AnswerBlockKind
{
    /// <summary>A paragraph: one line.</summary>
    Paragraph,

    /// <summary>A numbered list whose order matters (how to become one): one line per step.</summary>
    Steps,

    /// <summary>A bulleted list: one line per item.</summary>
    Bullets,

    /// <summary>A quoted note or aside: one line.</summary>
    Note,
}
