using CareerBot.Advisor.Replies;

namespace CareerBot.Advisor.FitCheck.Words;

/// <summary>The fit check in French (tutoiement, as students write to the bot).</summary>
public sealed class FrenchFitCheckWords : FitCheckWords
{
    public static FrenchFitCheckWords Instance { get; } = new();

    public override string Code => "fr";

    public override string Percent(int percent) => $"{percent} %";

    public override string And => " et ";

    public override string Colon => " :";

    public override string QuestionMark => " ?";

    public override string Introduction(string title, int count, bool guessed) =>
        $"Voyons à quel point le métier {FrenchElision.De(title)} te convient : {count} petites questions. Réponds à chacune de 1 (pas du tout) " +
        "à 5 (tout à fait), ou dans tes mots; tu peux dire « passer », « retour » ou « annuler » à tout moment." +
        (guessed ? $" J'ai commencé par {title}, le métier dont les élèves me parlent le plus; pour en vérifier un autre, touche-le ci-dessous." : "");

    public override string Question(int number, int count, string question) => $"Question {number} sur {count} : {question}";

    public override string Retry(string question) =>
        "Désolé, je n'ai pas compris. Choisis un chiffre de 1 (pas du tout) à 5 (tout à fait), ou réponds dans tes mots; " +
        $"tu peux aussi dire « passer ».\n\n{question}";

    public override string Explain(string label, string question) =>
        $"Cette question porte sur : {label.ToLowerInvariant()}. Pense à des moments à l'école, à la maison ou au travail : {question} " +
        "1 veut dire que ça ne te ressemble pas du tout, 5 que ça te ressemble tout à fait, et 3 est entre les deux.";

    public override string ExplainFallback => "Réponds de 1 (pas du tout comme toi) à 5 (tout à fait comme toi).";

    public override IReadOnlyList<Button> Scale { get; } =
        [new("1 - Pas du tout", "1"), new("2", "2"), new("3", "3"), new("4", "4"), new("5 - Tout à fait", "5")];

    public override string Band(FitBand band) => band switch
    {
        FitBand.Strong => "bonne compatibilité",
        FitBand.Moderate => "compatibilité moyenne",
        _ => "faible compatibilité",
    };

    public override string Headline(int percent, string title, FitBand band, bool skippedAll) => skippedAll
        ? $"Tu as passé toutes les questions, je ne peux donc pas encore dire grand-chose : {Percent(percent)} pour {title}, une {Band(band)} pour l'instant."
        : $"Tu obtiens {Percent(percent)} pour {title} : c'est une {Band(band)}.";

    public override string YourFitFor(string title) => $"Ta compatibilité avec le métier {FrenchElision.De(title)}";

    public override string ScoreLabel => "Score";

    public override string ResultLabel => "Résultat";

    public override string StrongestTraits => "Tes plus grandes forces";

    public override string NoneStoodOut => "aucune ne ressort encore (pas de réponse 4 ou 5), et c'est correct : les qualités se développent avec la pratique.";

    public override string WhatToWorkOn => "À travailler";

    public override string PractiseIt => "cherche des occasions de t'exercer.";

    public override string NextStep => "Ta prochaine étape";

    public override string EducationPath => "Parcours scolaire";

    public override string SimilarCareers => "Métiers semblables qui correspondent à tes forces";

    public override string NoSimilarCareers => "aucun ne ressort encore de tes réponses; demande-moi les métiers semblables pour en explorer d'autres.";

    public override string CallsFor(IReadOnlyList<string> strengths) => $"il fait appel à ces forces : {TextList.Join(strengths, And)}";

    public override string Saved =>
        "J'ai enregistré ce résultat : dis « montre mes résultats » pour le revoir, ou « oublie-moi » pour l'effacer.";

    public override string ShowResultsTitle => "Voir mes résultats";

    public override string FitCheckForTitle(string careerTitle) => $"Test de compatibilité : {careerTitle}";

    // Written out: the host runs with invariant globalization, which has no French month names.
    private static readonly string[] Months =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    public override string NoResults =>
        "Tu n'as pas encore terminé de test de compatibilité, il n'y a donc rien d'enregistré. Dis « test de compatibilité » pour en faire un : ce sont quelques questions rapides.";

    public override string TakeTheQuiz => "Faire le test";

    public override string ResultsHeader => "Tes résultats enregistrés :";

    public override string ForgetResults => "Dis « oublie-moi » si tu veux que je les efface.";

    public override string ResultLine(string title, int percent, FitBand band, DateTimeOffset finished, IReadOnlyList<string> strengths) =>
        $"- {title} : {Percent(percent)}, une {Band(band)} ({finished.Day} {Months[finished.Month - 1]} {finished.Year})" +
        (strengths.Count > 0 ? $". Plus grandes forces : {TextList.Join(strengths, And)}." : ".");
}
