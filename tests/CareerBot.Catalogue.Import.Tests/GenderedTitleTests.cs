namespace CareerBot.Catalogue.Import.Tests;

public class GenderedTitleTests
{
    [Theory]
    [InlineData("Plombier/plombière", "Plombier", "Plombière")]
    [InlineData("Infirmier auxiliaire autorisé/infirmière auxiliaire autorisée", "Infirmier auxiliaire autorisé", "Infirmière auxiliaire autorisée")]
    [InlineData("Agent/agente de sécurité", "Agent de sécurité", "Agente de sécurité")]
    [InlineData("Chargé/chargée de projet de jeux vidéo", "Chargé de projet de jeux vidéo", "Chargée de projet de jeux vidéo")]
    [InlineData("Plombiers / plombières", "Plombiers", "Plombières")]
    [InlineData("Producteur exécutif/productrice exécutive de jeux vidéo", "Producteur exécutif de jeux vidéo", "Productrice exécutive de jeux vidéo")]
    [InlineData("Infirmier autorisé/infirmière autorisée - centre d'appel", "Infirmier autorisé - centre d'appel", "Infirmière autorisée - centre d'appel")]
    [InlineData("Chef jointeur/jointeuse - réseau électrique", "Chef jointeur - réseau électrique", "Chef jointeuse - réseau électrique")]
    [InlineData("Agent/agente de sécurité et enquêteur/enquêteuse", "Agent de sécurité et enquêteur", "Agente de sécurité et enquêteuse")]
    [InlineData("Garçon/fille de table", "Garçon de table", "Fille de table")]
    [InlineData("Chanteur d'opéra/cantatrice", "Chanteur d'opéra", "Cantatrice")]
    public void A_french_slash_form_becomes_its_two_titles(string published, string masculine, string feminine)
    {
        Assert.Equal([masculine, feminine], GenderedTitle.Split(published, french: true));
    }

    [Theory]
    [InlineData("Journeyman/woman plumber", "Journeyman plumber", "Journeywoman plumber")]
    [InlineData("Municipal council chairman/woman", "Municipal council chairman", "Municipal council chairwoman")]
    [InlineData("Host/hostess - restaurant or cocktail lounge", "Host - restaurant or cocktail lounge", "Hostess - restaurant or cocktail lounge")]
    public void An_english_slash_form_becomes_its_two_titles(string published, string masculine, string feminine)
    {
        Assert.Equal([masculine, feminine], GenderedTitle.Split(published, french: false));
    }

    [Theory]
    [InlineData("A/C Mechanic")]
    [InlineData("UI/UX Designer")]
    [InlineData("Water/Wastewater Engineer")]
    [InlineData("Plumber")]
    public void A_slash_that_is_not_a_gender_form_stays(string published)
    {
        Assert.Equal([published], GenderedTitle.Split(published, french: false));
    }

    [Theory]
    [InlineData("/", true)]
    [InlineData("A/b", true)]
    [InlineData("x/ y z", true)]
    public void No_empty_or_one_letter_title_comes_out(string published, bool french)
    {
        Assert.All(GenderedTitle.Split(published, french), t => Assert.True(t.Length > 1, t));
    }
}
