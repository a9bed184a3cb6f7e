using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Publisher.Layout.Hyphenation;

/// <summary>
/// The TeX hyph-utf8 pattern files shipped inside this assembly (Hyphenation/Patterns, each
/// with its licence in its header), found by a book's BCP 47 language tag. They are embedded
/// rather than copied beside the tool, so the tool, its tests and any program using the
/// layout library find them without a path to look up. A language is read the first time a
/// book asks for it, and kept.
/// </summary>
public static partial class HyphenationPatterns
{
    private static readonly ConcurrentDictionary<string, LiangHyphenator?> Loaded = new(StringComparer.Ordinal);

    /// <summary>
    /// Where a tag has no file of its own, the file to use: the spelling most books in that
    /// language are written in (German in the 1996 orthography; English as in the US, but
    /// British for the Commonwealth's variants).
    /// </summary>
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["en"] = "en-us",
        ["en-au"] = "en-gb", ["en-nz"] = "en-gb", ["en-ie"] = "en-gb", ["en-za"] = "en-gb", ["en-in"] = "en-gb",
        ["de"] = "de-1996",
    };

    /// <summary>The pattern files' names (without "hyph-" and ".tex"): the languages that can be hyphenated.</summary>
    public static IReadOnlyList<string> Languages { get; } = typeof(HyphenationPatterns).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith("hyph-", StringComparison.Ordinal) && n.EndsWith(".tex", StringComparison.Ordinal))
        .Select(n => n[5..^4]).Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// The hyphenator for a BCP 47 tag (<c>en</c>, <c>en-GB</c>, <c>ru</c>, <c>de-AT</c>), or null
    /// when no patterns are shipped for its language. A tag is tried whole, then without its
    /// script and region, each also through <see cref="Aliases"/>.
    /// </summary>
    public static LiangHyphenator? For(string languageTag)
    {
        var file = FileFor(languageTag);
        return file is null ? null : Loaded.GetOrAdd(file, Load);
    }

    internal static string? FileFor(string languageTag)
    {
        var parts = languageTag.Trim().ToLowerInvariant().Replace('_', '-').Split('-', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0) return null;
        // Script subtags (four letters, "Latn", "Cyrl") do not choose the patterns: drop them.
        var subtags = parts.Where((p, i) => i == 0 || p.Length != 4).ToArray();
        for (var n = subtags.Length; n >= 1; n--)
        {
            var tag = string.Join('-', subtags.Take(n));
            if (Aliases.TryGetValue(tag, out var alias)) tag = alias;
            if (Languages.Contains(tag)) return tag;
        }
        return null;
    }

    private static LiangHyphenator? Load(string language)
    {
        using var stream = typeof(HyphenationPatterns).Assembly.GetManifestResourceStream($"hyph-{language}.tex");
        if (stream is null) return null;
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    /// <summary>
    /// Reads a hyph-utf8 file: the <c>\patterns{…}</c> and <c>\hyphenation{…}</c> groups
    /// (TeX comments removed) and the hyphenmins its header gives for typesetting.
    /// </summary>
    internal static LiangHyphenator Parse(string tex)
    {
        var (left, right) = HyphenMins(tex);
        var body = Comment().Replace(tex, "");
        return new LiangHyphenator(Group(body, @"\patterns"), Group(body, @"\hyphenation"), left, right);
    }

    private static IEnumerable<string> Group(string body, string command)
    {
        var start = body.IndexOf(command + "{", StringComparison.Ordinal);
        if (start < 0) return [];
        start += command.Length + 1;
        var end = body.IndexOf('}', start);
        return body[start..(end < 0 ? body.Length : end)]
            .Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>
    /// The header's <c>hyphenmins: typesetting: left/right</c> (some files give only
    /// <c>generation</c>, the values the patterns were made for); TeX's 2 and 3 otherwise.
    /// </summary>
    private static (int Left, int Right) HyphenMins(string tex)
    {
        var block = HyphenMinsBlock().Match(tex);
        if (!block.Success) return (2, 3);
        var text = block.Value;
        var typesetting = text.IndexOf("typesetting:", StringComparison.Ordinal);
        if (typesetting >= 0) text = text[typesetting..];
        var left = MinValue().Match(text, 0);
        var right = MinValue().Match(text, left.Success ? left.Index + left.Length : 0);
        return left.Success && right.Success && left.Groups[1].Value == "left" && right.Groups[1].Value == "right"
            ? (int.Parse(left.Groups[2].Value), int.Parse(right.Groups[2].Value))
            : (2, 3);
    }

    // A TeX comment runs from an unescaped % to the end of the line.
    [GeneratedRegex(@"(?<!\\)%[^\n]*")] private static partial Regex Comment();
    [GeneratedRegex(@"% hyphenmins:\s*\n(%\s{3,}.*\n)+")] private static partial Regex HyphenMinsBlock();
    [GeneratedRegex(@"(left|right):\s*(\d+)")] private static partial Regex MinValue();
}
