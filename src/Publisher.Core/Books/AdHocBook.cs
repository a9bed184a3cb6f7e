using System.Text.Json;

namespace Publisher.Core.Books;

/// <summary>
/// A book made on the command line from a documentation folder, with no book.yml: <c>publisher build --source docs/
/// --title "Tool docs"</c>. Its name (and so its output files') is the folder's; its manifest is the options'.
/// </summary>
/// <param name="Folder">The folder, relative to the project root (or absolute); it must lie inside the project.</param>
/// <param name="Origin">What diagnostics name as the manifest's place: the option that made it.</param>
public sealed record AdHocBook(string Name, string Folder, string ManifestYaml, string Origin)
{
    public static AdHocBook For(string projectRoot, string folder, string title, string language)
    {
        var full = Path.GetFullPath(folder, projectRoot);
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(full));
        // JSON strings are YAML's double-quoted scalars: any title reads back as written.
        var yaml = $"title: {Quoted(title)}\nlanguage: {Quoted(language)}\nsource: .\n";
        return new AdHocBook(name.Length == 0 ? "book" : name, full, yaml, "--source");
    }

    private static string Quoted(string value) => "\"" + JsonEncodedText.Encode(value).Value + "\"";
}
