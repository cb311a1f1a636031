using CareerBot.BotFramework.Turns;
using CareerBot.Dialogs;
using CareerBot.Dialogs.Tests.Infrastructure;

namespace CareerBot.Dialogs.Tests.Dialogs;

public sealed class DialogEngineTests
{
    [Fact]
    public Task A_prompt_re_asks_with_its_retry_prompt_and_gives_up_after_the_maximum_attempts() =>
        new DialogTestBot(new ProfileDialog(maxAttempts: 2)).Flow()
            .Send("hi").AssertReply("What is your name?")
            .Send("Ada").AssertReply("How old are you, Ada?")
            .Send("old enough").AssertReply("Please give your age as a number, like 17.")
            .Send("very old").AssertReply("Never mind the age.")
            .AssertReply("[complete] {\"name\":\"Ada\"}")
            .StartTestAsync();

    [Fact]
    public Task A_choice_is_offered_as_buttons_and_picked_by_ordinal_after_a_retry() =>
        new DialogTestBot(new PickCareerDialog()).Flow()
            .Send("start").AssertReplyWithButtons("Which career?", PickCareerDialog.Careers)
            .Send("astronaut").AssertReplyWithButtons("Please pick one of these careers.", PickCareerDialog.Careers)
            .Send("the second one").AssertReply("You picked IT Manager.")
            .AssertReply("[complete] \"IT Manager\"")
            .StartTestAsync();

    [Fact]
    public Task In_a_teams_group_chat_choices_become_hero_card_buttons() =>
        new DialogTestBot(new PickCareerDialog()).Flow(channelId: "msteams", isGroup: true)
            .Send("start").AssertReply(reply =>
            {
                Assert.Null(reply.SuggestedActions);
                Assert.Equal(PickCareerDialog.Careers, TestFlow.Buttons(reply));
            })
            .StartTestAsync();

    [Fact]
    public Task Replace_dialog_swaps_the_active_dialog_without_resuming_it() =>
        new DialogTestBot(new MenuDialog(), new ProfileDialog()).Flow()
            .Send("menu").AssertReply("Let's set up your profile.")
            .AssertReply("What is your name?")
            .Send("Ada").AssertReply("How old are you, Ada?")
            .Send("17").AssertReply("Ada, 17: is that right?")
            .Send("yes").AssertReply("Thanks, noted.")
            .AssertReply("[complete] {\"name\":\"Ada\",\"age\":17}")
            .StartTestAsync();

    [Fact]
    public Task Cancel_at_the_top_clears_the_whole_stack_and_the_next_message_starts_afresh()
    {
        var bot = new DialogTestBot(new ProfileDialog())
        {
            Interruption = async (dc, ct) =>
            {
                if (dc.Context.Activity.Text != "cancel")
                {
                    return false;
                }

                var result = await dc.CancelAllDialogsAsync(ct);
                await dc.Context.SendActivityAsync($"Cancelled ({result.Status}).", cancellationToken: ct);
                return true;
            },
        };

        return bot.Flow()
            .Send("hi").AssertReply("What is your name?")
            .Send("Ada").AssertReply("How old are you, Ada?")
            .Send("cancel").AssertReply("Cancelled (Cancelled).")
            .Send("hello").AssertReply("What is your name?")
            .StartTestAsync();
    }

    [Fact]
    public Task Help_at_the_top_answers_and_the_same_question_comes_back()
    {
        var bot = new DialogTestBot(new ProfileDialog())
        {
            Interruption = async (dc, ct) =>
            {
                if (dc.Context.Activity.Text != "help")
                {
                    return false;
                }

                await dc.Context.SendActivityAsync("I'm setting up your profile.", cancellationToken: ct);
                await dc.RepromptDialogAsync(ct);
                return true;
            },
        };

        return bot.Flow()
            .Send("hi").AssertReply("What is your name?")
            .Send("Ada").AssertReply("How old are you, Ada?")
            .Send("help").AssertReply("I'm setting up your profile.").AssertReply("How old are you, Ada?")
            .Send("17").AssertReply("Ada, 17: is that right?")
            .StartTestAsync();
    }

    [Fact]
    public async Task The_stack_is_plain_json_naming_each_dialog_and_waterfall_step()
    {
        var bot = new DialogTestBot(new ProfileDialog());

        await bot.Flow().Send("hi").AssertReply("What is your name?").Send("Ada").AssertReply("How old are you, Ada?").StartTestAsync();

        var json = bot.DialogState.StoredJson("conv-1")!;
        Assert.Contains("\"id\":\"ProfileDialog\"", json);
        Assert.Contains("\"stepName\":\"AskAgeStepAsync\"", json);
        Assert.Contains("\"name\":\"Ada\"", json);
    }

    [Fact]
    public async Task A_conversation_continues_on_a_new_bot_instance_reading_the_same_stored_stack()
    {
        var store = new Dictionary<string, string>();
        await new DialogTestBot(store, new ProfileDialog()).Flow()
            .Send("hi").AssertReply("What is your name?")
            .Send("Ada").AssertReply("How old are you, Ada?")
            .StartTestAsync();

        await new DialogTestBot(store, new ProfileDialog()).Flow()
            .Send("seventeen").AssertReply("Ada, 17: is that right?")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_stored_stack_naming_a_dialog_that_no_longer_exists_starts_afresh_instead_of_failing()
    {
        var store = new Dictionary<string, string>
        {
            ["conv-1/dialogState"] = "{\"dialogStack\":[{\"id\":\"RetiredDialog\",\"state\":{}}]}",
        };

        await new DialogTestBot(store, new ProfileDialog()).Flow()
            .Send("hi").AssertReply("What is your name?")
            .StartTestAsync();
    }

    [Fact]
    public async Task Beginning_an_unknown_dialog_is_a_programming_error_reported_clearly()
    {
        var bot = new DialogTestBot(new ProfileDialog());
        DialogContext? captured = null;
        bot.Interruption = (dc, _) =>
        {
            captured = dc;
            return Task.FromResult(true);
        };
        await bot.Flow().Send("hi").StartTestAsync();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => captured!.BeginDialogAsync("Nowhere"));
        Assert.Contains("Nowhere", error.Message);
    }
}
