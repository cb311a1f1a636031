using CareerBot.Knowledge.Occupations;

namespace CareerBot.Knowledge.Pages;

/// <summary>
/// The words that head job titles: the noun that names the worker, last in English ("pastry chef", "line cook"),
/// first in French (« infirmière auxiliaire », « technicien en … »). A short job title (one or two words) names a job
/// in a chat only when its head is the head of an occupation's own official title (O*NET, NOC or CNP unit group):
/// "Line Cook" and « Plombier » do, "High School", "General" and « Bonne » do not.
/// </summary>
internal sealed class TitleHeads
{
    /// <summary>Titles this long are specific whatever their head.</summary>
    private const int SpecificWords = 3;

    private readonly Dictionary<string, HashSet<string>> heads;

    private TitleHeads(Dictionary<string, HashSet<string>> heads) => this.heads = heads;

    public static TitleHeads Of(IReadOnlyList<OccupationTitle> titles)
    {
        var heads = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var title in titles.Where(t => t.Kind is TitleKind.OnetTitle or TitleKind.NocUnit or TitleKind.CnpUnit))
        {
            if (!heads.TryGetValue(title.Language, out var known))
            {
                heads[title.Language] = known = new HashSet<string>(StringComparer.Ordinal);
            }

            foreach (var part in Parts(title))
            {
                if (Words(part) is { Length: > 0 } words)
                {
                    known.Add(Head(words, title.Language));
                }
            }
        }

        return new TitleHeads(heads);
    }

    /// <summary>True when the title can name a job in a student's message: its head names a kind of worker, or it is
    /// long enough to be specific, or it is the occupation's own official title.</summary>
    public bool NamesAJob(OccupationTitle title)
    {
        var words = Words(title.Title);
        return title.Kind == TitleKind.OnetTitle || words.Length >= SpecificWords
            || (words.Length > 0 && heads.TryGetValue(title.Language, out var known) && known.Contains(Head(words, title.Language)))
            || (words.Length is > 0 and < SpecificWords && NamesAWorker(title.Language == "fr" ? words[0] : words[^1], title.Language));
    }

    /// <summary>A head word ending as only the names of workers do: « serrurier », « paysagiste », « actuaire »;
    /// "arborist", "meteorologist", "optician", "sommelier", "fisherman", "consultant". English "-er" and "-or" are left
    /// out: they end as many things do ("router", "folder", "anchor"). A title shared by several occupations still
    /// names a job: the student is asked which one.</summary>
    private static bool NamesAWorker(string word, string language) =>
        word.Length >= 6 && (language == "fr" ? FrenchWorkerEndings : EnglishWorkerEndings).Any(e => word.EndsWith(e, StringComparison.Ordinal));

    private static readonly string[] FrenchWorkerEndings = ["eur", "euse", "rice", "ier", "ière", "iste", "ien", "ienne", "logue", "aire", "her", "ger"];

    private static readonly string[] EnglishWorkerEndings =
        ["ist", "ists", "ian", "ians", "ier", "iers", "eer", "eers", "grapher", "graphers", "sman", "smen", "rman", "rmen", "eman", "emen", "ultant", "ultants"];

    /// <summary>
    /// The parts of an official title that each name workers. O*NET lists them ("Farmers, Ranchers, and Other
    /// Agricultural Managers"; "Technologists and Technicians"); a NOC or CNP unit title names them before " - " or
    /// a bracket ("Senior managers - financial, communications…" is about managers).
    /// </summary>
    private static IEnumerable<string> Parts(OccupationTitle title)
    {
        var text = title.Title.ToLowerInvariant();
        if (title.Kind != TitleKind.OnetTitle)
        {
            var cut = text.IndexOfAny(['(', ',']);
            var dash = text.IndexOf(" - ", StringComparison.Ordinal);
            cut = dash >= 0 && (cut < 0 || dash < cut) ? dash : cut;
            return [cut > 0 ? text[..cut] : text];
        }

        // Only a plural names workers: "General and Operations Managers" is about managers, "Dentists, General" about
        // dentists; neither is about "general".
        return text.Split([" and ", ", "], StringSplitOptions.RemoveEmptyEntries).Where(p => p.EndsWith('s'));
    }

    /// <summary>The head word without its plural ending, so "nurses" heads "ER Nurse" and « plombiers » heads « Plombier ».</summary>
    private static string Head(string[] words, string language)
    {
        var head = language == "fr" ? words[0] : words[^1];
        return head.Length > 3 && (head.EndsWith('s') || head.EndsWith('x')) ? head[..^1] : head;
    }

    private static string[] Words(string title) =>
        title.ToLowerInvariant().Split([' ', '-', ',', '(', ')', '/'], StringSplitOptions.RemoveEmptyEntries);
}
