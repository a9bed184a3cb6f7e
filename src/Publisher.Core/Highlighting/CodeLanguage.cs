namespace Publisher.Core.Highlighting;

/// <summary>A language Publisher highlights: its name and the TextMate scope of its grammar.</summary>
public sealed record CodeLanguage(string Name, string Scope)
{
    private static readonly CodeLanguage CSharp = new("csharp", "source.cs");
    private static readonly CodeLanguage JavaScript = new("javascript", "source.js");
    private static readonly CodeLanguage Python = new("python", "source.python");
    private static readonly CodeLanguage Shell = new("shell", "source.shell");
    private static readonly CodeLanguage Json = new("json", "source.json");
    private static readonly CodeLanguage Yaml = new("yaml", "source.yaml");
    private static readonly CodeLanguage Xml = new("xml", "text.xml");
    private static readonly CodeLanguage Html = new("html", "text.html.basic");
    private static readonly CodeLanguage Markdown = new("markdown", "text.html.markdown");

    /// <summary>The words authors write after a code fence (compared without case).</summary>
    private static readonly Dictionary<string, CodeLanguage> ByAlias = new(StringComparer.OrdinalIgnoreCase)
    {
        ["cs"] = CSharp, ["csharp"] = CSharp, ["c#"] = CSharp,
        ["js"] = JavaScript, ["javascript"] = JavaScript, ["mjs"] = JavaScript, ["cjs"] = JavaScript, ["node"] = JavaScript,
        ["py"] = Python, ["python"] = Python, ["python3"] = Python,
        ["sh"] = Shell, ["bash"] = Shell, ["shell"] = Shell, ["console"] = Shell, ["zsh"] = Shell,
        ["shellscript"] = Shell, ["shell-session"] = Shell,
        ["json"] = Json,
        ["yaml"] = Yaml, ["yml"] = Yaml,
        ["xml"] = Xml, ["xsd"] = Xml, ["xslt"] = Xml, ["svg"] = Xml, ["csproj"] = Xml,
        ["html"] = Html, ["htm"] = Html, ["xhtml"] = Html,
        ["md"] = Markdown, ["markdown"] = Markdown,
    };

    /// <summary>
    /// The language a fence's info string names ("cs", "Python", "language-js"), or null
    /// for none or one Publisher does not highlight: such code is set plain, never an error.
    /// </summary>
    public static CodeLanguage? Find(string? info)
    {
        if (string.IsNullOrWhiteSpace(info)) return null;
        var word = info.Trim();
        var space = word.IndexOfAny([' ', '\t', '{', ',']);
        if (space > 0) word = word[..space];
        // Some authors copy the HTML class name into the fence.
        if (word.StartsWith("language-", StringComparison.OrdinalIgnoreCase)) word = word["language-".Length..];
        return ByAlias.GetValueOrDefault(word);
    }

    public static IEnumerable<string> Aliases => ByAlias.Keys;
}
