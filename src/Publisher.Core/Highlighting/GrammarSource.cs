using System.Reflection;
using TextMateSharp.Grammars;
using TextMateSharp.Internal.Grammars.Reader;
using TextMateSharp.Internal.Types;
using TextMateSharp.Registry;
using TextMateSharp.Themes;

namespace Publisher.Core.Highlighting;

/// <summary>
/// Hands TextMateSharp the grammars it asks for, read straight from the resources of
/// TextMateSharp.Grammars. Its own <c>RegistryOptions</c> would first parse the manifest of
/// every one of its ~60 languages and a colour theme; we need neither (colours come from
/// the template), so only the grammars a book's code uses are ever read.
/// </summary>
internal sealed class GrammarSource : IRegistryOptions
{
    /// <summary>
    /// Scope -> resource folder and file. Besides the languages of <see cref="CodeLanguage"/>,
    /// the grammars they embed: CSS and JavaScript inside HTML, regular expressions in Python.
    /// A scope not listed here (a Go fence inside a Markdown sample) is left plain.
    /// </summary>
    private static readonly Dictionary<string, string> Resources = new(StringComparer.Ordinal)
    {
        ["source.cs"] = "csharp.syntaxes.csharp",
        ["source.js"] = "javascript.syntaxes.JavaScript",
        ["source.python"] = "python.syntaxes.MagicPython",
        ["source.regexp.python"] = "python.syntaxes.MagicRegExp",
        ["source.shell"] = "shellscript.syntaxes.shell-unix-bash",
        ["source.json"] = "json.syntaxes.JSON",
        ["source.yaml"] = "yaml.syntaxes.yaml",
        ["text.xml"] = "xml.syntaxes.xml",
        ["text.html.basic"] = "html.syntaxes.html",
        ["text.html.derivative"] = "html.syntaxes.html-derivative",
        ["source.css"] = "css.syntaxes.css",
        ["text.html.markdown"] = "markdownbasics.syntaxes.markdown",
    };

    private static readonly Assembly GrammarAssembly = typeof(RegistryOptions).Assembly;

    public IRawGrammar GetGrammar(string scopeName)
    {
        if (!Resources.TryGetValue(scopeName, out var name)) return null!;
        var resource = $"TextMateSharp.Grammars.Resources.Grammars.{name}.tmLanguage.json";
        using var stream = GrammarAssembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"grammar resource '{resource}' is missing from TextMateSharp.Grammars");
        using var reader = new StreamReader(stream);
        var grammar = GrammarReader.ReadGrammarSync(reader);
        if (scopeName == "text.xml") NameXmlComments(grammar);
        return grammar;
    }

    /// <summary>
    /// The XML grammar shipped with TextMateSharp.Grammars 2.0.5 gives "&lt;!-- … --&gt;" no
    /// scope of its own (only its delimiters have one), so the words of a comment would be
    /// set as plain text. Naming the rule restores what every other grammar does.
    /// </summary>
    private static void NameXmlComments(IRawGrammar grammar)
    {
        var comments = grammar.GetRepository()?.GetProp("comments");
        foreach (var rule in comments?.GetPatterns() ?? [])
            if (rule.GetBegin() is not null && rule.GetName() is null) rule.SetName("comment.block.xml");
    }

    public ICollection<string> GetInjections(string scopeName) => null!;

    public IRawTheme GetTheme(string scopeName) => null!;

    public IRawTheme GetDefaultTheme() => NoTheme.Instance;

    /// <summary>The registry insists on a theme; ours has no rules.</summary>
    private sealed class NoTheme : IRawTheme
    {
        public static readonly NoTheme Instance = new();
        public string GetName() => "none";
        public string GetInclude() => null!;
        public ICollection<IRawThemeSetting> GetSettings() => [];
        public ICollection<IRawThemeSetting> GetTokenColors() => [];
        public ICollection<KeyValuePair<string, object>> GetGuiColors() => [];
    }
}
