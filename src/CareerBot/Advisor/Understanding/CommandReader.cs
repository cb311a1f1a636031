using CareerBot.Dialogs.Recognizers;

namespace CareerBot.Advisor.Understanding;

/// <summary>
/// Finds commands in a message, in English and French. Short commands ("skip", "help") must be the whole message,
/// so an answer that merely contains the word is not taken for one; "forget me" or "fit check" may sit in a sentence.
/// </summary>
public static class CommandReader
{
    private static readonly (AdvisorCommand Command, string[] Phrases)[] WholeMessage =
    [
        (AdvisorCommand.Help, ["help", "help me", "what can you do", "what can i ask", "how does this work", "aide", "aidez moi", "menu"]),
        (AdvisorCommand.Cancel, ["cancel", "stop", "quit", "exit", "never mind", "nevermind", "cancel it", "stop it", "annuler", "annule", "arreter", "arrete", "stop the quiz", "cancel the quiz", "stop the fit check", "cancel the fit check", "end the quiz"]),
        (AdvisorCommand.StartOver, ["start over", "restart", "reset", "start again", "begin again", "recommencer", "on recommence"]),
        (AdvisorCommand.Skip, ["skip", "skip it", "skip this", "skip this one", "skip question", "skip this question", "pass", "next", "next question", "passer", "je passe", "suivant", "question suivante"]),
        (AdvisorCommand.Back, ["back", "go back", "previous", "previous question", "undo", "retour", "precedent", "question precedente", "revenir"]),
        (AdvisorCommand.Greeting, ["hi", "hello", "hey", "hiya", "hi there", "hello there", "hey there", "good morning", "good afternoon", "good evening", "bonjour", "salut", "allo", "coucou", "yo"]),
        (AdvisorCommand.Thanks, ["thanks", "thank you", "thanks a lot", "thank you so much", "thx", "ty", "cheers", "merci", "merci beaucoup"]),
    ];

    private static readonly (AdvisorCommand Command, string[] Phrases)[] InSentence =
    [
        (AdvisorCommand.ForgetMe, ["forget me", "forget about me", "delete my data", "delete everything about me", "delete my results", "erase my data", "oublie moi", "oubliez moi", "efface mes donnees", "supprime mes donnees"]),
        (AdvisorCommand.ShowResults, ["show my results", "show me my results", "my results", "my fit results", "my fit check results", "see my results", "show results", "mes resultats"]),
        (AdvisorCommand.StartFitCheck,
        [
            "fit check", "fitcheck", "fit test", "quiz", "good fit", "a good match", "am i a fit", "right fit", "suited for", "suited to",
            "cut out for", "right for me", "would i be good", "would i be a good", "would i make a good", "do i have what it takes",
            "how well do i fit", "do i fit", "would i fit", "check my fit", "test me", "am i suited", "career test", "personality test",
            "i d be good", "i d be a good", "i would be good", "i would be a good", "i d make a good", "i would make a good", "am i good enough",
            "right career for me", "right job for me", "good career for me", "good job for me", "good choice for me", "fit for me",
            "how well do i match", "do i match", "am i a match", "good match for me", "if i fit", "if i m a good fit", "i fit as",
            "test d aptitude", "le questionnaire", "suis je fait pour", "est ce que je suis fait pour", "suis je faite pour",
            "je suis fait pour", "je suis faite pour", "fait pour moi",
        ]),
    ];

    private static readonly string[] Politeness = ["please", "pls", "s il vous plait", "s il te plait", "now", "thanks"];

    public static AdvisorCommand Read(string? text)
    {
        var normalized = TextNormalizer.Normalize(text);
        if (normalized.Length == 0)
        {
            return AdvisorCommand.None;
        }

        var bare = StripPoliteness(normalized);
        foreach (var (command, phrases) in WholeMessage)
        {
            if (phrases.Contains(bare) || phrases.Contains(normalized))
            {
                return command;
            }
        }

        var padded = $" {normalized} ";
        foreach (var (command, phrases) in InSentence)
        {
            if (phrases.Any(p => padded.Contains($" {p} ", StringComparison.Ordinal)))
            {
                return command;
            }
        }

        return AdvisorCommand.None;
    }

    private static string StripPoliteness(string normalized)
    {
        foreach (var word in Politeness)
        {
            if (normalized.EndsWith(" " + word, StringComparison.Ordinal))
            {
                return normalized[..^(word.Length + 1)];
            }

            if (normalized.StartsWith(word + " ", StringComparison.Ordinal))
            {
                return normalized[(word.Length + 1)..];
            }
        }

        return normalized;
    }
}
