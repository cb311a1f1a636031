namespace CareerBot.Knowledge.Answers;

/// <summary>A plain question asking for one topic of a career ("How much does an IT analyst make?"), for suggestion buttons.</summary>
public static class TopicQuestions
{
    public static string For(string topic, string careerTitle)
    {
        ArgumentNullException.ThrowIfNull(topic);
        ArgumentNullException.ThrowIfNull(careerTitle);
        return Phrasing.QuestionFor(topic, careerTitle);
    }
}
