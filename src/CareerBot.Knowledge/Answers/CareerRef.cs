namespace CareerBot.Knowledge.Answers;

/// <summary>A career an answer is about or points to: its id and its title as the file gives it.</summary>
public sealed record CareerRef(string Id, string Title)
{
    /// <summary>The SOC 2018 code ("29-1141") of the occupation, when known.</summary>
    public string? Soc { get; init; }

    /// <summary>The NOC 2021 code ("31301") of the occupation, when known.</summary>
    public string? Noc { get; init; }

    /// <summary>The career in <paramref name="title"/>'s language, with its official codes.</summary>
    public static CareerRef Of(Files.CareerFile career, string title)
    {
        ArgumentNullException.ThrowIfNull(career);
        return new CareerRef(career.Id, title) { Soc = career.Soc, Noc = career.Noc };
    }
}
