namespace CareerBot.Testing;

/// <summary>Copies a folder with everything in it, for tests that work on a throw-away copy of the knowledge folder.</summary>
internal static class FolderCopy
{
    /// <param name="skip">Subfolders (by name, at any depth) left out, such as the catalogue for a folder of guides alone.</param>
    public static void Copy(string from, string to, params string[] skip)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.EnumerateDirectories(from).Where(d => !skip.Contains(Path.GetFileName(d))))
        {
            Copy(folder, Path.Combine(to, Path.GetFileName(folder)), skip);
        }
    }
}
