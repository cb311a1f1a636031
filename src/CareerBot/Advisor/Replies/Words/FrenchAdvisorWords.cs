using CareerBot.Advisor.FitCheck;
using CareerBot.Advisor.FitCheck.Words;
using CareerBot.Options;
using CareerBot.Understanding.Interpreting;

namespace CareerBot.Advisor.Replies.Words;

/// <summary>The advisor in French (tutoiement, as students write to the bot; spaces before « : », « ? » and « ! »).</summary>
public sealed class FrenchAdvisorWords : AdvisorWords
{
    public static FrenchAdvisorWords Instance { get; } = new();

    public override string Code => "fr";

    public override string And => " et ";

    public override string Colon => " :";

    public override string Help =>
        "Voici ce que je peux faire :\n" +
        "- Répondre à tes questions sur un métier : le travail, les études, l'expérience, le salaire par région, les employeurs, " +
        "les étapes, les perspectives et les métiers semblables. Pose ta question suivante comme elle te vient, par exemple " +
        "« et en Alberta ? » ou « ils font quoi de leurs journées ? ».\n" +
        "- Faire un test de compatibilité : dis « est-ce que ce métier me convient » avec un métier, ou « fais le quiz ». " +
        "Pendant le test, tu peux dire « passer », « retour » ou « annuler », ou me poser une question.\n" +
        "- « montre mes résultats » affiche tes tests enregistrés; « oublie-moi » efface tout ce que j'ai gardé sur toi; " +
        "« recommencer » reprend un test depuis la première question.\n" +
        "- Dis « parler à un conseiller » pour joindre une personne de ton école.";

    public override string BackToFitCheck => "On reprend ton test de compatibilité là où on s'était arrêtés :";

    public override string ResumeFitCheck => "Reprendre mon test";

    public override string FitCheckPaused =>
        "Ton test de compatibilité est en pause là où tu t'es arrêté : touche « Reprendre mon test » quand tu veux continuer.";

    public override string FitCheckPausedForChat =>
        "Ton test de compatibilité est en pause là où tu t'es arrêté : tu pourras le continuer quand tu seras de retour avec CareerBot.";

    public override string FitCheckCancelled =>
        "D'accord, j'ai arrêté le test de compatibilité; rien n'en a été gardé. Pose-moi une question, ou dis « test de compatibilité » pour recommencer.";

    public override string NothingToCancel => "Il n'y a rien à annuler pour l'instant. Pose-moi une question sur un métier, ou dis « test de compatibilité ».";

    public override string NothingToSkip =>
        "Il n'y a pas de question à passer ni à reprendre pour l'instant. Dis « test de compatibilité » pour en commencer un, ou pose-moi une question sur un métier.";

    public override string Forgotten =>
        "C'est fait : j'ai effacé tout ce que j'avais gardé sur toi, y compris les résultats de tes tests et l'historique de cette conversation. " +
        "Si tu continues, je repars de zéro.";

    public override string FitCheckAlreadyFinished(FitResult result, string title)
    {
        ArgumentNullException.ThrowIfNull(result);
        var words = FrenchFitCheckWords.Instance;
        return $"Ce test est terminé : tu as obtenu {words.Percent(result.Percent)} pour {title}, une {words.Band(result.Band)}. " +
            "Dis « test de compatibilité » pour le refaire, ou pose-moi n'importe quelle question sur ce métier.";
    }

    public override string Goodbye => "À bientôt, et bonne chance ! Reviens quand tu as une autre question sur les métiers.";

    public override string FeedbackThanks => "Merci de me le dire, je suis content que ça t'aide !";

    public override string FeedbackSorry =>
        "Merci de me le dire, et désolé si ce n'était pas juste. Essaie de poser ta question autrement, ou dis « parler à un conseiller » " +
        "pour joindre une personne de ton école.";

    public override string SmallTalk =>
        "Je suis CareerBot : ce que je connais le mieux, ce sont les métiers. Demande-moi le salaire, les études ou les étapes d'un métier, ou dis « test de compatibilité ».";

    public override string Rude =>
        "Je comprends que tu sois frustré. Je suis là pour t'aider avec les métiers quand tu veux : pose-moi une question, ou dis « aide ».";

    public override string RatingWithoutFitCheck =>
        "Il n'y a pas de test de compatibilité en cours, donc rien à noter. Dis « test de compatibilité » pour en commencer un.";

    public override string CounsellorDefault =>
        "Pour ça, une personne t'aidera mieux que moi : va voir le conseiller d'orientation de ton école. Il peut discuter de tes options " +
        "avec toi et t'aider à choisir tes cours.";

    public override string NoCounsellorHere =>
        "Pour ça, une personne t'aidera mieux que moi, mais aucun conseiller ne peut être joint par cette discussion. Va voir le " +
        "conseiller d'orientation de ton école : il peut discuter de tes options avec toi et t'aider à choisir tes cours.";

    public override string CounsellorIntro => "Pour ça, une personne t'aidera mieux que moi. Tu peux joindre le service d'orientation de ton école :";

    public override string ContactLabel(ContactField field) => field switch
    {
        ContactField.Office => "Bureau",
        ContactField.Email => "Courriel",
        ContactField.Phone => "Téléphone",
        ContactField.Hours => "Heures",
        _ => "Prendre rendez-vous",
    };

    public override string HandoffJoining =>
        "Un conseiller de ton école est en ligne : je lui ai transmis notre conversation, et il te rejoint ici dans un instant. " +
        "Jusqu'à ce que tu dises « retour à CareerBot », ce que tu écris lui est envoyé.";

    public override string HandoffWaiting => "Ton message a été envoyé au conseiller. Dis « retour à CareerBot » pour me parler de nouveau.";

    public override string BackToCareerBot => "Retour à CareerBot";

    public override string HandoffEnded => "La discussion avec le conseiller est terminée, et tu es de retour avec CareerBot. Pose-moi n'importe quelle question sur les métiers.";

    public override string LeaveMessage => "Laisser un message";

    public override string LeaveMessagePrompt =>
        "Écris ton message pour le service d'orientation en un seul message. Ajoute comment te joindre (ton nom et ton groupe, " +
        "ou ton courriel de l'école) si tu veux une réponse.";

    public override string MessageLeft => "Merci : ton message est dans la boîte de réception du service d'orientation. Pose-moi d'autres questions en attendant.";

    public override string LeaveMessageUnavailable => "On ne peut pas laisser de message au service d'orientation dans cette discussion.";

    public override string CounsellorLabel(string name) => $"{name} (conseiller)";

    public override string ForgetConfirm =>
        "Ceci efface tout ce que j'ai gardé sur toi : les résultats de tes tests et l'historique de cette conversation. Es-tu sûr ?";

    public override string ForgetRetry => "Réponds par oui ou par non : " + ForgetConfirm;

    public override string ForgetKept => "D'accord, je n'ai rien effacé.";

    public override string WhichOccupation => "Ça peut désigner plusieurs métiers. Lequel veux-tu dire ?";

    public override string DidYouMean => "Je ne suis pas sûr de comprendre. Voulais-tu dire l'une de ces choses ?";

    public override string FitCheckRestarted => "D'accord, on reprend ce test depuis la première question.";

    public override string NoFitCheckFor(IReadOnlyList<string> titles) =>
        "Désolé, je n'ai pas de test de compatibilité pour ce métier : je ne connais que les métiers de ma bibliothèque. " +
        $"Je peux vérifier à quel point tu conviens pour {TextList.Join(titles, " ou ")}. Lequel veux-tu ?";

    public override string? IntentExample(Intent intent) => intent switch
    {
        Intent.StartFitCheck or Intent.SwitchFitCheck => "Commencer un test de compatibilité",
        Intent.ShowResults => ShowResults,
        Intent.Counsellor => "Parler à un conseiller",
        Intent.Compare => "Comparer des métiers",
        Intent.ForgetMe => "Oublie-moi",
        Intent.Rating or Intent.Rude => null,
        _ => "Aide",
    };

    public override string YouAreWelcome => "De rien ! Pose-moi d'autres questions sur les métiers quand tu veux.";

    public override string EmptyMessage => "Pose-moi une question sur un métier, par exemple « Que fait un gestionnaire des services TI ? »";

    public override string NoCareers => "Désolé, aucune information sur les métiers n'est chargée pour l'instant, donc je ne peux pas faire de test.";

    public override string ShowResults => FrenchFitCheckWords.Instance.ShowResultsTitle;

    public override string FitCheckFor(string title) => FrenchFitCheckWords.Instance.FitCheckForTitle(title);

    public override string Greeting => "Salut, je suis CareerBot";

    public override string HelloAgain =>
        "Rebonjour ! Qu'est-ce que tu veux savoir sur les métiers ? Pose-moi une question sur un métier, ou dis « test de compatibilité ».";

    public override string Introduction =>
        "Je t'aide à explorer des métiers : demande-moi dans tes mots en quoi consiste un emploi, combien il paie, " +
        "quoi étudier et comment y arriver, et je te dirai d'où vient chaque information. " +
        "Je peux aussi faire un petit test pour voir à quel point un métier te convient.";

    public override string CareersIKnow => "Les métiers que je connais";

    public override string NoCareersYet => "aucun pour l'instant";

    public override string TapOrAsk => "Touche un bouton ci-dessous ou pose simplement ta question.";

    public override string AnyCareer(int careers) =>
        $"Pose-moi des questions sur n'importe quel métier : j'ai des données officielles sur {careers.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture).Replace(",", "\u00A0", StringComparison.Ordinal)} métiers au Canada et aux États-Unis.";

    public override string DetailedGuides => "Guides détaillés";

    public override IReadOnlyList<string> AnyCareerStarters { get; } =
        ["Que fait une infirmière autorisée ?", "Combien gagne un électricien en C.-B. ?", "Comment devenir concepteur de jeux vidéo ?"];

    public override IReadOnlyList<string> Starters { get; } =
        ["Que fait un gestionnaire des services TI ?", "Combien ça paie ?", "Est-ce que ce métier me convient ?"];
}
