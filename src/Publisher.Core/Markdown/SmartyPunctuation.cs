using Markdig.Extensions.SmartyPants;

namespace Publisher.Core.Markdown;

/// <summary>The characters smart punctuation becomes, the same in print and in the EPUB.</summary>
public static class SmartyPunctuation
{
    public static SmartyPantOptions Options { get; } = Create();

    /// <summary>The text for a smart punctuation mark Markdig recognised.</summary>
    public static string Text(SmartyPantType type) =>
        Options.Mapping.TryGetValue(type, out var text) ? text : "";

    private static SmartyPantOptions Create()
    {
        var options = new SmartyPantOptions();
        options.Mapping[SmartyPantType.Quote] = "\u2019";            // an apostrophe
        options.Mapping[SmartyPantType.LeftQuote] = "\u2018";
        options.Mapping[SmartyPantType.RightQuote] = "\u2019";
        options.Mapping[SmartyPantType.DoubleQuote] = "\u201D";
        options.Mapping[SmartyPantType.LeftDoubleQuote] = "\u201C";
        options.Mapping[SmartyPantType.RightDoubleQuote] = "\u201D";
        options.Mapping[SmartyPantType.LeftAngleQuote] = "\u00AB";
        options.Mapping[SmartyPantType.RightAngleQuote] = "\u00BB";
        options.Mapping[SmartyPantType.Ellipsis] = "\u2026";
        options.Mapping[SmartyPantType.Dash2] = "\u2013";
        options.Mapping[SmartyPantType.Dash3] = "\u2014";
        return options;
    }
}
