namespace CareerBot.Understanding.Interpreting;

/// <summary>How a message moves the conversation's context on: the rule the advisor and the evaluation share.</summary>
public static class ContextTracker
{
    public static ConversationContext Advance(ConversationContext context, Interpretation interpretation)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(interpretation);
        return interpretation.Intent switch
        {
            Intent.Question or Intent.FollowUp when interpretation.Occupation is not null =>
                context with { Career = null, Topic = interpretation.Topic, Region = interpretation.Region },
            Intent.Question or Intent.FollowUp =>
                context with { Career = interpretation.Career ?? context.Career, Topic = interpretation.Topic, Region = interpretation.Region },
            Intent.Compare or Intent.StartFitCheck or Intent.SwitchFitCheck when interpretation.NamedCareers.Count > 0 =>
                context with { Career = interpretation.NamedCareers[0] },
            _ => context,
        };
    }
}
