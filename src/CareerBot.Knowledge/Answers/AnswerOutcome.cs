namespace CareerBot.Knowledge.Answers;

/// <summary>What became of a question: the renderer words each outcome in the student's language.</summary>
public enum AnswerOutcome
{
    /// <summary>The section (or the salary rows) of the career and topic asked.</summary>
    Answered,

    /// <summary>Nothing in the question could be matched to a career or topic; suggestions are the nearest careers.</summary>
    NotSure,

    /// <summary>A topic without a career ("how much do they make?" with nothing before it).</summary>
    WhichCareer,

    /// <summary>A job or field the library has no file for (<see cref="Answer.Occupation"/>).</summary>
    UncoveredCareer,

    /// <summary>The career is covered but its file has nothing on the topic.</summary>
    NoSuchSection,

    /// <summary>The name asked about fits several careers equally well; the follow-ups are those careers, likeliest first.</summary>
    WhichOccupation,

    /// <summary>No career file is loaded at all.</summary>
    NotLoaded,
}
