using CareerBot.Tests.Advisor.Infrastructure;

namespace CareerBot.Tests.Advisor;

/// <summary>
/// Everything the advisor says outside answers and the fit check, asked in French: the reply is French, over the
/// Bot Connector path and over Direct Line.
/// </summary>
public abstract class FrenchConversationTests(AdvisorHost host)
{
    protected abstract StudentPath Path { get; }

    private IStudentChat StartConversation() => host.StartChat(Path);

    [Fact]
    public async Task Bonjour_on_a_french_channel_gets_the_welcome_in_french_with_french_titles_and_starters()
    {
        var replies = await StartConversation().SendAsync("bonjour", "fr-CA");

        Assert.StartsWith("Salut, je suis CareerBot. Je t'aide à explorer des métiers", replies.Last.Text);
        Assert.Contains("Pose-moi des questions sur n'importe quel métier", replies.Last.Text);
        Assert.Contains("Guides détaillés : ", replies.Last.Text);
        Assert.Contains("Gestionnaire des services TI", replies.Last.Text);
        Assert.Contains("Spécialiste en cybersécurité", replies.Last.Text);
        Assert.Contains(" et ", replies.Last.Text);
        Assert.Equal(["Que fait une infirmière autorisée ?", "Combien gagne un électricien en C.-B. ?", "Comment devenir concepteur de jeux vidéo ?"], replies.Buttons);
    }

    [Fact]
    public async Task A_french_starter_button_is_answered_in_french()
    {
        var chat = StartConversation();
        await chat.SendAsync("bonjour", "fr-CA");

        var replies = await chat.SendAsync("Que fait un gestionnaire des services TI ?", "fr-CA");

        Assert.Contains("Gestionnaire des services TI", replies.Last.Text);
        Assert.DoesNotContain("What", replies.Last.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Que fait une infirmière autorisée ?", "Tâches", "dans ce métier")]
    [InlineData("Combien gagne un électricien en C.-B. ?", "Salaires pour Électricien pour la Colombie-Britannique", "CNP 72200")]
    [InlineData("Comment devenir concepteur de jeux vidéo ?", "Étapes", "À l'école secondaire")]
    public async Task Each_french_starter_is_answered_in_french_about_its_job(string starter, string heading, string words)
    {
        var replies = await StartConversation().SendAsync(starter, "fr-CA");

        Assert.Contains(heading, replies.Last.Text);
        Assert.Contains(words, replies.Last.Text);
    }

    [Theory]
    [InlineData("parle-moi du métier de serrurier", "Serrurier — Aperçu")]
    [InlineData("c'est quoi un inhalothérapeute ?", "Inhalothérapeute — Aperçu")]
    [InlineData("combien gagne un préposé aux bénéficiaires ?", "Préposé aux bénéficiaires")]
    public async Task A_french_job_name_is_answered_under_careerbots_own_french_title_not_its_broader_group(string question, string heading)
    {
        var replies = await StartConversation().SendAsync(question, "fr-CA");

        Assert.Contains(heading, replies.Last.Text);
        Assert.DoesNotContain("Autre métier technique", replies.Last.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_unmistakably_french_word_on_an_english_channel_is_answered_in_french()
    {
        var chat = StartConversation();
        await chat.SendAsync("what does an electrician do");

        var replies = await chat.SendAsync("salut");

        Assert.StartsWith("Rebonjour !", replies.Last.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_french_education_answer_names_the_usual_diploma_as_a_label_not_a_sentence_missing_its_article()
    {
        var replies = await StartConversation().SendAsync("Quelle formation faut-il pour devenir plombier ?", "fr-CA");

        Assert.Contains("Scolarité habituelle pour un premier emploi (États-Unis) :** diplôme d'études secondaires", replies.Last.Text);
        Assert.DoesNotContain(" est diplôme", replies.Last.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_asked_in_french_lists_the_french_commands()
    {
        var replies = await StartConversation().SendAsync("qu'est-ce que tu peux faire pour m'aider ?", "fr-CA");

        Assert.StartsWith("Voici ce que je peux faire :", replies.Last.Text);
        Assert.Contains("« passer », « retour » ou « annuler »", replies.Last.Text);
        Assert.Contains("« oublie-moi »", replies.Last.Text);
    }

    [Fact]
    public async Task Asking_for_a_person_in_french_on_an_english_channel_is_answered_in_french()
    {
        var replies = await StartConversation().SendAsync("est-ce que je peux parler à une vraie personne de mon école ?");

        Assert.StartsWith("Pour ça, une personne t'aidera mieux que moi", replies.Last.Text);
    }

    [Fact]
    public async Task Forget_me_in_french_asks_in_french_with_oui_non_and_deletes_on_oui()
    {
        var chat = StartConversation();
        await FitCheckScript.RunAsync(chat, "am I a good fit for IT service manager?", Enumerable.Repeat("4", 8));

        var asked = await chat.SendAsync("oublie-moi s'il te plaît", "fr-CA");
        var forgotten = await chat.SendAsync("oui", "fr-CA");
        var results = await chat.SendAsync("montre mes résultats", "fr-CA");

        Assert.Contains("Es-tu sûr ?", asked.Last.Text);
        Assert.Equal(["Oui", "Non"], asked.Buttons);
        Assert.StartsWith("C'est fait : j'ai effacé tout ce que j'avais gardé sur toi", forgotten.Last.Text);
        Assert.DoesNotContain("IT Service Manager", results.Last.Text);
    }

    [Fact]
    public async Task Forget_me_in_french_answered_non_keeps_everything_and_says_so_in_french()
    {
        var chat = StartConversation();
        await chat.SendAsync("oublie-moi", "fr-CA");

        var kept = await chat.SendAsync("non", "fr-CA");

        Assert.Equal("D'accord, je n'ai rien effacé.", kept.Last.Text);
    }

    [Theory]
    [InlineData("merci beaucoup pour ton aide", "De rien !")]
    [InlineData("bon ben au revoir, bonne journée", "À bientôt, et bonne chance !")]
    [InlineData("annule ça", "Il n'y a rien à annuler pour l'instant.")]
    [InlineData("je veux passer cette question", "Il n'y a pas de question à passer")]
    public async Task Short_exchanges_in_french_get_french_replies(string message, string expectedStart)
    {
        var replies = await StartConversation().SendAsync(message, "fr-CA");

        Assert.StartsWith(expectedStart, replies.Last.Text);
    }

    [Fact]
    public async Task A_comparison_asked_in_french_lines_up_the_french_sections_and_titles()
    {
        var replies = await StartConversation().SendAsync("compare analyste en informatique et directeur informatique", "fr-CA");

        var text = replies.Last.Text!.Replace('\u00A0', ' '); // French amounts group digits with no-break spaces
        Assert.StartsWith("Analyste en informatique et Directeur ou directrice informatique, côte à côte :", text);
        Assert.Contains("- Ce qu'ils font : L'analyste en informatique examine les systèmes informatiques", text);
        Assert.Contains("médiane 124 343 $ CAD par année (2024)", text);
        Assert.DoesNotContain("What they do", text);
    }

    [Fact]
    public async Task A_french_comparison_card_can_be_rated_and_offers_french_follow_ups()
    {
        var replies = await StartConversation().SendAsync("compare analyste en informatique et directeur informatique", "fr-CA");

        var card = Assert.Single(replies.Cards(FitCheckScript.ScaleAdaptiveCard));
        Assert.Equal(["Utile", "Pas utile"], card.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("title").GetString()));
        Assert.Equal(
        [
            "Parle-moi du métier d'analyste en informatique.", "Parle-moi du métier de directeur ou directrice informatique.",
            "Test de compatibilité : Analyste en informatique", "Test de compatibilité : Directeur ou directrice informatique",
        ], replies.Buttons);
        Assert.Equal(["Fit check for IT Analyst", "Fit check for IT Manager"], replies.ButtonValues.Skip(2));
    }

    [Fact]
    public async Task A_french_salary_answer_names_the_official_group_by_its_french_title()
    {
        var replies = await StartConversation().SendAsync("combien gagne un directeur informatique en Colombie-Britannique ?", "fr-CA");

        Assert.Contains("Pour le groupe Gestionnaires des systèmes informatiques (CNP 20012) ;", replies.Last.Text);
        Assert.Equal("Test de compatibilité : Directeur ou directrice informatique", replies.Buttons[^1]);
        Assert.Equal("Fit check for IT Manager", replies.ButtonValues[^1]);
        Assert.DoesNotContain("Computer and information systems managers (NOC 20012) ;", replies.Last.Text);
    }

    [Fact]
    public async Task Leaving_a_french_fit_check_says_so_in_french()
    {
        var chat = StartConversation();
        await chat.SendAsync("test de compatibilité pour analyste en informatique", "fr-CA");

        var replies = await chat.SendAsync("annule le test", "fr-CA");

        Assert.StartsWith("D'accord, j'ai arrêté le test de compatibilité", replies.Last.Text);
    }
}

[Collection(AdvisorCollection.Name)]
public sealed class FrenchConversationTestsOverConnector(AdvisorHost host) : FrenchConversationTests(host)
{
    protected override StudentPath Path => StudentPath.Connector;
}

[Collection(AdvisorCollection.Name)]
public sealed class FrenchConversationTestsOverDirectLine(AdvisorHost host) : FrenchConversationTests(host)
{
    protected override StudentPath Path => StudentPath.DirectLine;
}
