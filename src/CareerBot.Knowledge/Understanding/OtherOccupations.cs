namespace CareerBot.Knowledge.Understanding;

/// <summary>
/// Occupations students ask about that have no career file. Naming one of these (and none of ours) means the
/// honest answer is the list of careers covered, never another career's facts.
/// </summary>
internal static class OtherOccupations
{
    private static readonly string[][] Names =
    (
        "dentist|dental hygienist|doctor|physician|surgeon|nurse|pilot|flight attendant|lawyer|paralegal|judge|" +
        "teacher|professor|principal|accountant|bookkeeper|plumber|electrician|carpenter|welder|mechanic|" +
        "chef|baker|barista|waiter|waitress|bartender|cashier|firefighter|police|police officer|cop|" +
        "paramedic|pharmacist|veterinarian|vet|architect|actor|actress|musician|singer|artist|painter|photographer|" +
        "graphic designer|fashion designer|interior designer|game designer|game developer|animator|writer|author|" +
        "journalist|editor|psychologist|psychiatrist|therapist|physiotherapist|chiropractor|optometrist|" +
        "social worker|counsellor|counselor|economist|banker|financial advisor|stockbroker|realtor|real estate agent|" +
        "farmer|rancher|truck driver|bus driver|soldier|astronaut|scientist|biologist|chemist|physicist|" +
        "data scientist|software developer|software engineer|web developer|programmer|coder|app developer|" +
        "civil engineer|mechanical engineer|electrical engineer|chemical engineer|nurse practitioner|midwife|" +
        "hairdresser|barber|esthetician|electrologist|youtuber|influencer|streamer|athlete|hockey player|" +
        "football player|basketball player|coach|personal trainer|librarian|translator|interpreter|" +
        "marketing manager|sales manager|hr manager|recruiter|project manager|product manager|" +
        "construction worker|labourer|laborer|janitor|custodian|dental assistant|medical assistant|radiologist|" +
        "nutritionist|dietitian|zookeeper|lifeguard|babysitter|daycare worker|early childhood educator|" +
        "network administrator|database administrator|system administrator|sysadmin|devops engineer|" +
        "ux designer|ui designer|web designer|data analyst|business analyst|actuary|auditor|surveyor|geologist|" +
        "miner|oil rig worker|lineman|millwright|machinist|heavy equipment operator|crane operator|" +
        "air traffic controller|mortician|funeral director|priest|pastor|politician|entrepreneur|ceo|fashion model|dancer|" +
        "doctor of medicine|neurosurgeon|cardiologist|anesthesiologist|pediatrician|optician|sonographer|" +
        "electrical technician|hvac technician|automotive technician|pharmacy technician|lab technician|veterinary technician|" +
        // Fields students name instead of a job: "what about nursing?" is not a question about the last career.
        "nursing|teaching|medicine|med school|law school|dentistry|pharmacy|journalism|acting|culinary|farming|welding|" +
        "plumbing|carpentry|hairdressing|marketing|sales|finance|banking|real estate|psychology|aviation|military|army|" +
        "modelling|modeling|fashion|filmmaking|photography|music|art school|trades|construction|mining|oil and gas"
    ).Split('|').Select(Words.CanonicalWords).Where(w => w.Length > 0).OrderByDescending(w => w.Length).ToArray();

    private static readonly ulong[] Masks = Names.Select(InitialMask.Of).ToArray();

    private static readonly HashSet<string> Openers = ["a", "an"];

    /// <summary>The occupation named in the words (longest name first) and where it stands, or null.</summary>
    public static (string Name, int Start, int Length)? Find(IReadOnlyList<string> words)
    {
        var present = InitialMask.Of(words);
        for (var n = 0; n < Names.Length; n++)
        {
            if (!InitialMask.Covers(present, Masks[n]))
            {
                continue;
            }

            var name = Names[n];
            for (var i = 0; i + name.Length <= words.Count; i++)
            {
                if (MatchesAt(words, i, name))
                {
                    return (string.Join(' ', name), i, name.Length);
                }
            }
        }

        return null;
    }

    private static bool MatchesAt(IReadOnlyList<string> words, int start, string[] name)
    {
        for (var k = 0; k < name.Length; k++)
        {
            if (words[start + k] != name[k] && !Words.IsTypoOf(words[start + k], name[k], 7, maxEdits: 1))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"become a zookeeper", "work as a florist": the words after an opener name a job we may not know.</summary>
    public static string? AfterOpener(IReadOnlyList<string> words, ISet<string> stopWords)
    {
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (words[i] is "become" or "as" && Openers.Contains(words[i + 1]) && i + 2 < words.Count)
            {
                var rest = words.Skip(i + 2).TakeWhile(w => !stopWords.Contains(w)).Take(3).ToArray();
                return rest.Length > 0 ? string.Join(' ', rest) : null;
            }
        }

        return null;
    }
}
