using System.Text.Json;
using CareerBot.Advisor.Cards;
using CareerBot.BotFramework.Schema;
using CareerBot.Knowledge.Files;
using CareerBot.Rendering;
using CareerBot.Rendering.Languages;

namespace CareerBot.Tests.Rendering;

/// <summary>The Adaptive Card renderer (Web Chat, Teams): a long section opens with its first part and shows the rest
/// in the same card; the card's fallback and speech carry everything.</summary>
public sealed class CardRendererTests(ShippedAnswers shipped) : IClassFixture<ShippedAnswers>
{
    [Fact]
    public void A_long_section_shows_its_first_part_and_the_rest_behind_show_more_in_the_same_card()
    {
        var answer = shipped.Ask("it-service-manager", KnowledgeTopics.Steps);
        var text = AnswerTextRenderer.Render(answer, EnglishAnswers.Instance);

        var card = AnswerCardRenderer.Render(answer, EnglishAnswers.Instance, text);

        var more = Assert.IsType<Container>(Assert.Single(card.Body, e => e.Id == AnswerCardRenderer.MoreId));
        Assert.False(more.IsVisible);
        var toggle = Assert.IsType<ToggleVisibilityAction>(card.Actions![0]);
        Assert.Equal(["Helpful", "Not helpful"], card.Actions.Skip(1).Select(a => a.Title));
        Assert.Equal(("Show more", AnswerCardRenderer.MoreId), (toggle.Title, Assert.Single(toggle.TargetElements)));
        Assert.Equal("Show less", toggle.TitleWhenOpen);
        var shown = string.Join('\n', card.Body.OfType<TextBlock>().Select(t => t.Text));
        var hidden = string.Join('\n', more.Items.OfType<TextBlock>().Select(t => t.Text));
        Assert.Contains("1\\. In high school", shown, StringComparison.Ordinal);
        Assert.Contains("8\\. Keep growing your career", hidden, StringComparison.Ordinal);
        Assert.Equal(text, card.FallbackText);
        Assert.Equal(SpokenText.From(text), card.Speak);
        Assert.DoesNotContain("](http", card.Speak, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_more_typed_as_a_message_gets_the_whole_section_with_no_button()
    {
        var answer = shipped.Ask("it-service-manager", KnowledgeTopics.Steps);

        var card = AnswerCardRenderer.Render(answer, EnglishAnswers.Instance, "", expanded: true);

        Assert.Equal(["Helpful", "Not helpful"], card.Actions!.Select(a => a.Title)); // no "Show more", only the feedback
        Assert.DoesNotContain(card.Body, e => e.IsVisible == false);
        Assert.Contains(card.Body.OfType<TextBlock>(), t => t.Text.Contains("8\\. Keep growing your career", StringComparison.Ordinal));
    }

    [Fact]
    public void Salary_figures_come_as_one_table_per_region_with_group_and_source_said_once()
    {
        var answer = shipped.Ask("it-service-manager", KnowledgeTopics.Salary);

        var card = AnswerCardRenderer.Render(answer, EnglishAnswers.Instance, "");

        // The first region shows; on a phone the card stays short, so the others wait behind "Show more".
        Assert.Single(card.Body.OfType<FactSet>());
        var more = Assert.Single(card.Body.OfType<Container>(), c => c.Id == AnswerCardRenderer.MoreId);
        var tables = card.Body.OfType<FactSet>().Concat(more.Items.OfType<FactSet>()).ToList();
        // British Columbia twice (2024, and the 2019 guide's), Alberta, the US twice, its hourly figure apart from its yearly ones
        Assert.Equal(6, tables.Count);
        Assert.Contains(tables, t => t.Facts.All(f => f.Value.EndsWith("an hour", StringComparison.Ordinal)));
        Assert.Equal([new Fact("Low", "$75,207 CAD a year"), new Fact("Median", "$124,343 CAD a year"), new Fact("High", "$201,532 CAD a year")], tables[0].Facts);
        Assert.Single(card.Body.OfType<TextBlock>(), t => t.Text.Contains("EducationPlannerBC", StringComparison.Ordinal) && t.IsSubtle == true && t.Separator != true);
        Assert.Equal([new Fact("Median", "$90,002 CAD a year")], tables[1].Facts);
    }

    [Fact]
    public void Where_the_channel_shows_the_bots_pictures_a_region_with_low_median_and_high_gets_a_range_picture_with_alt_text()
    {
        var answer = shipped.Ask("it-service-manager", KnowledgeTopics.Salary);

        var card = AnswerCardRenderer.Render(answer, EnglishAnswers.Instance, "", pictures: new Uri("https://careerbot.example-school.ca/"));
        var without = AnswerCardRenderer.Render(answer, EnglishAnswers.Instance, "");

        var picture = Assert.Single(card.Body.OfType<Image>());
        Assert.Equal("https://careerbot.example-school.ca/charts/salary-range.png?low=75207&median=124343&high=201532", picture.Url);
        Assert.Equal("British Columbia: low $75,207 CAD a year, median $124,343 CAD a year, high $201,532 CAD a year", picture.AltText);
        Assert.Empty(without.Body.OfType<Image>());
    }

    [Fact]
    public void The_card_json_has_the_toggle_and_hidden_container_as_adaptive_cards_expects_them()
    {
        var answer = shipped.Ask("it-service-manager", KnowledgeTopics.Duties);
        var card = AnswerCardRenderer.Render(answer, EnglishAnswers.Instance, "x");

        var json = JsonSerializer.SerializeToElement(card, BotJson.Options);

        if (json.TryGetProperty("actions", out var actions))
        {
            Assert.Equal("Action.ToggleVisibility", actions[0].GetProperty("type").GetString());
            Assert.Equal("more", actions[0].GetProperty("targetElements")[0].GetString());
            var container = json.GetProperty("body").EnumerateArray().Single(e => e.GetProperty("type").GetString() == "Container");
            Assert.False(container.GetProperty("isVisible").GetBoolean());
        }
        else
        {
            Assert.DoesNotContain(json.GetProperty("body").EnumerateArray(), e => e.GetProperty("type").GetString() == "Container");
        }
    }
}
