using System.Globalization;
using CareerBot.Knowledge.Answers;
using CareerBot.Knowledge.Files;

namespace CareerBot.Rendering.Languages;

/// <summary>The answer sentences in French (Canadian usage: "gestionnaire", "131 709 $").</summary>
public sealed class FrenchAnswers : AnswerLanguage
{
    public static FrenchAnswers Instance { get; } = new();

    public override string Code => "fr";

    public override string TopicLabel(string topic) => topic switch
    {
        KnowledgeTopics.Overview => "Aperçu",
        KnowledgeTopics.Steps => "Étapes",
        KnowledgeTopics.Education => "Formation",
        KnowledgeTopics.Experience => "Expérience",
        KnowledgeTopics.Duties => "Tâches",
        KnowledgeTopics.Traits => "Qualités",
        KnowledgeTopics.Employers => "Employeurs",
        KnowledgeTopics.Salary => "Salaire",
        KnowledgeTopics.Outlook => "Perspectives",
        KnowledgeTopics.Advancement => "Avancement",
        KnowledgeTopics.Similar => "Métiers semblables",
        KnowledgeTopics.Scholarships => "Bourses",
        KnowledgeTopics.Sources => "Sources",
        _ => topic,
    };

    public override string RegionName(string region) => region switch
    {
        KnowledgeRegions.BritishColumbia => "la Colombie-Britannique",
        KnowledgeRegions.Alberta => "l'Alberta",
        KnowledgeRegions.Canada => "le Canada",
        KnowledgeRegions.UnitedStates => "les États-Unis",
        _ => Places.TryGetValue(region, out var place) ? place : KnowledgeRegions.Name(region),
    };

    /// <summary>Provinces, territories and the states most asked about, with the article French uses.</summary>
    private static readonly Dictionary<string, string> Places = new(StringComparer.Ordinal)
    {
        ["ontario"] = "l'Ontario", ["quebec"] = "le Québec", ["manitoba"] = "le Manitoba", ["saskatchewan"] = "la Saskatchewan",
        ["nova-scotia"] = "la Nouvelle-Écosse", ["new-brunswick"] = "le Nouveau-Brunswick",
        ["newfoundland-labrador"] = "Terre-Neuve-et-Labrador", ["pei"] = "l'Île-du-Prince-Édouard", ["yukon"] = "le Yukon",
        ["northwest-territories"] = "les Territoires du Nord-Ouest", ["nunavut"] = "le Nunavut", ["atlantic"] = "le Canada atlantique",
        ["california"] = "la Californie", ["texas"] = "le Texas", ["florida"] = "la Floride", ["new-york"] = "l'État de New York",
        ["washington"] = "l'État de Washington", ["illinois"] = "l'Illinois", ["massachusetts"] = "le Massachusetts",
        ["louisiana"] = "la Louisiane", ["pennsylvania"] = "la Pennsylvanie", ["virginia"] = "la Virginie",
        ["georgia"] = "la Géorgie", ["north-carolina"] = "la Caroline du Nord", ["south-carolina"] = "la Caroline du Sud",
    };

    public override string Question(FollowUp followUp)
    {
        ArgumentNullException.ThrowIfNull(followUp);
        if (followUp.Career.Id.Length == 0)
        {
            return AboutThisCareer(followUp.Topic);
        }

        // Mid-sentence a job title takes a small letter in French ("un analyste en informatique").
        var title = followUp.Career.Title.Length > 1 && char.IsLower(followUp.Career.Title[1])
            ? char.ToLowerInvariant(followUp.Career.Title[0]) + followUp.Career.Title[1..]
            : followUp.Career.Title;
        return followUp.Topic switch
        {
            KnowledgeTopics.Steps => $"Comment devenir {title} ?",
            KnowledgeTopics.Education => $"Quelle formation faut-il pour être {title} ?",
            KnowledgeTopics.Experience => $"Quelle expérience faut-il pour être {title} ?",
            KnowledgeTopics.Duties => $"Que fait un {title} ?",
            KnowledgeTopics.Traits => $"Quelles qualités faut-il pour être {title} ?",
            KnowledgeTopics.Employers => $"Qui embauche un {title} ?",
            KnowledgeTopics.Salary => $"Combien gagne un {title} ?",
            KnowledgeTopics.Outlook => $"Quelles sont les perspectives d'emploi pour un {title} ?",
            KnowledgeTopics.Advancement => $"Comment un {title} peut-il avancer ?",
            KnowledgeTopics.Similar => $"Quels métiers ressemblent à {title} ?",
            KnowledgeTopics.Scholarships => $"Y a-t-il des bourses pour devenir {title} ?",
            KnowledgeTopics.Sources => $"D'où viennent les renseignements sur {title} ?",
            _ => $"Parle-moi du métier {Advisor.Replies.FrenchElision.De(title)}.",
        };
    }

    /// <summary>A follow-up for a career not named yet, worded around « ce métier ».</summary>
    private static string AboutThisCareer(string topic) => topic switch
    {
        KnowledgeTopics.Steps => "Comment accéder à ce métier ?",
        KnowledgeTopics.Education => "Quelle formation faut-il pour ce métier ?",
        KnowledgeTopics.Experience => "Quelle expérience faut-il pour ce métier ?",
        KnowledgeTopics.Duties => "En quoi consiste ce métier ?",
        KnowledgeTopics.Traits => "Quelles qualités faut-il pour ce métier ?",
        KnowledgeTopics.Employers => "Qui embauche dans ce métier ?",
        KnowledgeTopics.Salary => "Combien paie ce métier ?",
        KnowledgeTopics.Outlook => "Quelles sont les perspectives d'emploi de ce métier ?",
        KnowledgeTopics.Advancement => "Comment avancer dans ce métier ?",
        KnowledgeTopics.Similar => "Quels métiers ressemblent à celui-ci ?",
        KnowledgeTopics.Scholarships => "Y a-t-il des bourses pour ce métier ?",
        KnowledgeTopics.Sources => "D'où viennent les renseignements sur ce métier ?",
        _ => "Parle-moi de ce métier.",
    };

    public override string Decline(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var covered = answer.CoversEveryOccupation
            ? "Tu peux me demander n'importe quel métier, par exemple infirmière, électricien ou développeur de jeux vidéo."
            : $"Je peux répondre aux questions sur ces métiers : {Covered(answer)}.";
        return answer.Outcome switch
        {
            AnswerOutcome.WhichOccupation => "Ça peut désigner plusieurs métiers. Lequel veux-tu dire ?",
            AnswerOutcome.UncoveredCareer when answer.CoversEveryOccupation =>
                $"Je ne trouve pas de métier appelé « {answer.Occupation} » dans les listes officielles. Essaie un autre nom pour ce travail. {covered}",
            AnswerOutcome.NotLoaded => "Désolé, je n'ai aucun renseignement sur les métiers pour le moment.",
            AnswerOutcome.UncoveredCareer => $"Désolé, je n'ai pas de renseignements sur {answer.Occupation}, je ne peux donc pas répondre. {covered}",
            AnswerOutcome.WhichCareer => $"Il me faut le métier pour répondre. Duquel parles-tu ? {covered}",
            AnswerOutcome.NoSuchSection when answer.About is { } career && answer.Topic is { } topic =>
                $"Je n'ai pas encore de renseignements sur « {TopicLabel(topic).ToLowerInvariant()} » pour {career.Title}.",
            _ => $"Désolé, je n'ai pas cette information. {covered}",
        };
    }

    public override string SalaryIntro(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var title = answer.About?.Title ?? "ce métier";
        return answer.RegionMissing && answer.Region is { } missing
            ? $"Je n'ai pas de salaire pour {title} pour {RegionName(missing)}. Voici ceux que j'ai :"
            : answer.Region is { } region ? $"Salaires pour {title} pour {RegionName(region)} :" : $"Salaires pour {title} :";
    }

    public override string Statistic(string statistic) => statistic switch
    {
        "median" => "médiane",
        "average" => "moyenne",
        "low" => "bas",
        "high" => "haut",
        _ => statistic,
    };

    public override string Amount(SalaryFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        // Written by hand: the host runs with invariant globalization, which has no fr-CA number format.
        var digits = figure.Amount.ToString(figure.Amount % 1 == 0 ? "#,0" : "#,0.00", CultureInfo.InvariantCulture);
        var amount = digits.Replace(",", "\u00A0", StringComparison.Ordinal).Replace(".", ",", StringComparison.Ordinal) + "\u00A0$";
        return $"{amount} {figure.Currency} {(figure.Period == "hour" ? "l'heure" : "par année")}{(figure.AtLeast ? " ou plus" : "")}";
    }

    public override string FigureSource(string group, SourceReference source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return group.Length > 0 ? $"Pour le groupe {group} ; {Source(source)}" : Source(source);
    }

    public override string SalaryCaveat =>
        "Les chiffres valent pour le groupe professionnel officiel nommé : un poste précis peut payer plus ou moins.";

    public override string ThisCareer => "ce métier";

    public override string Helpful => "Utile";

    public override string NotHelpful => "Pas utile";

    public override string RateThisAnswer => "Est-ce que ça t'a aidé ? Dis « utile » ou « c'est faux ».";

    public override string CompareIntro(IReadOnlyList<string> titles) =>
        $"{Advisor.Replies.TextList.Join(titles, " et ")}, côte à côte :";

    public override string CompareLabel(string field) => field switch
    {
        ComparisonFields.Summary => "Ce qu'ils font",
        ComparisonFields.Education => "Formation",
        ComparisonFields.Experience => "Expérience",
        ComparisonFields.Pay => "Salaire",
        ComparisonFields.Outlook => "Perspectives",
        _ => field,
    };

    public override string HigherPay(string region, string title, SalaryFigure highest, IReadOnlyList<(string Title, SalaryFigure Figure)> others)
    {
        ArgumentNullException.ThrowIfNull(highest);
        ArgumentNullException.ThrowIfNull(others);
        var rest = Advisor.Replies.TextList.Join(others.Select(o => $"{Amount(o.Figure)} pour {o.Title} ({o.Figure.Year})"), " et ");
        return $"Pour {RegionName(region)}, {title} paie plus : {Statistic(highest.Statistic)} {Amount(highest)} ({highest.Year}), contre {rest}.";
    }

    public override string SamePay(string region, IReadOnlyList<string> titles, SalaryFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return $"Pour {RegionName(region)}, {Advisor.Replies.TextList.Join(titles, " et ")} sont comptés dans le même groupe officiel " +
            $"({figure.Group}); le chiffre est donc le même : {Statistic(figure.Statistic)} {Amount(figure)} ({figure.Year}). " +
            "Le salaire dépend ensuite de l'employeur et du poste.";
    }

    public override string NoFigure => "aucun chiffre";

    public override string AlsoAsk => "Tu pourrais aussi demander :";

    public override string Labelled(string label, string value) => $"{label} : {value}";

    public override string SourcesLabel => "Sources";

    public override string YearNotStated => "année non indiquée";

    public override string ShowMore => "Afficher la suite";

    public override string ShowLess => "Afficher moins";

    private static string Covered(Answer answer) =>
        answer.Covered.Count == 0 ? "aucun pour l'instant" : Advisor.Replies.TextList.Join(answer.Covered.Select(c => c.Title), " et ");
}
