using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text.RegularExpressions;
using Publisher.Core.Unicode;

namespace Publisher.Layout.Hyphenation;

/// <summary>
/// The TeX hyph-utf8 pattern files shipped inside this assembly (Hyphenation/Patterns, each
/// with its licence in its header, gzipped by the build), found by a book's BCP 47 language
/// tag. They are embedded rather than copied beside the tool, so the tool, its tests and any
/// program using the layout library find them without a path to look up. A language is read
/// the first time a book asks for it, and kept.
/// </summary>
public static partial class HyphenationPatterns
{
    private static readonly ConcurrentDictionary<string, LiangHyphenator?> Loaded = new(StringComparer.Ordinal);

    /// <summary>
    /// Where a tag has no file of its own, the file to use: the spelling or script most books in
    /// that language are written in. English as in the US, but British for the Commonwealth's
    /// variants; German in the 1996 orthography (<c>de-1901</c> and <c>de-CH-1901</c> have files
    /// of their own); modern Greek in the monotonic orthography (<c>el-polyton</c> and ancient
    /// Greek, <c>grc</c>, have their own); Serbian in Cyrillic, as CLDR has it, and Bosnian and
    /// Montenegrin in Latin letters, all three by the Serbo-Croatian patterns of either script (hyph-sr-cyrl is
    /// GPL and not shipped); Mongolian in Cyrillic; Chinese only when written in Latin letters
    /// (pinyin: Chinese characters are never hyphenated); Amharic, Tigrinya, Ge'ez and Tigre by
    /// the patterns for the Ethiopic script; Kurdish as Kurmanji, the Kurdish of the Latin alphabet.
    /// </summary>
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["en"] = "en-us",
        ["en-au"] = "en-gb", ["en-nz"] = "en-gb", ["en-ie"] = "en-gb", ["en-za"] = "en-gb", ["en-in"] = "en-gb",
        ["de"] = "de-1996",
        ["el"] = "el-monoton",
        ["sr"] = "sh-cyrl", ["sr-cyrl"] = "sh-cyrl", ["sr-latn"] = "sh-latn", ["sh"] = "sh-latn",
        ["bs"] = "sh-latn", ["bs-cyrl"] = "sh-cyrl", ["cnr"] = "sh-latn", ["cnr-cyrl"] = "sh-cyrl",
        ["mn"] = "mn-cyrl",
        ["zh-latn"] = "zh-latn-pinyin",
        ["am"] = "mul-ethi", ["ti"] = "mul-ethi", ["gez"] = "mul-ethi", ["tig"] = "mul-ethi",
        ["ku"] = "kmr",
    };

    /// <summary>The pattern files' names (without "hyph-" and ".tex"): the languages that can be hyphenated.</summary>
    public static IReadOnlyList<string> Languages { get; } = typeof(HyphenationPatterns).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith("hyph-", StringComparison.Ordinal) && n.EndsWith(".tex.gz", StringComparison.Ordinal))
        .Select(n => n[5..^7]).Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// The hyphenator for a BCP 47 tag (<c>en</c>, <c>en-GB</c>, <c>ru</c>, <c>de-AT</c>,
    /// <c>sr-Latn</c>), or null when no patterns are shipped for its language.
    /// </summary>
    public static LiangHyphenator? For(string languageTag)
    {
        var file = FileFor(languageTag);
        return file is null ? null : Loaded.GetOrAdd(file, Load);
    }

    /// <summary>
    /// The pattern file for a tag. The tag is tried whole, then without its region, its script or
    /// both (<c>de-DE-1901</c> is <c>de-1901</c>), then so again without its last variant, down to
    /// the language alone, each also through <see cref="Aliases"/>. A script subtag chooses the
    /// file where a language's patterns differ by script (<c>sr-Latn</c>, <c>sr-Cyrl</c>) and
    /// otherwise must be one the patterns are written in: <c>ru-Cyrl</c> finds the Russian
    /// patterns, <c>mn-Mong</c> (Mongolian in its own script) no Cyrillic ones.
    /// </summary>
    internal static string? FileFor(string languageTag)
    {
        var parts = languageTag.Trim().ToLowerInvariant().Replace('_', '-').Split('-', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0) return null;
        var at = 1;
        var script = at < parts.Length && parts[at].Length == 4 && parts[at].All(char.IsAsciiLetter) ? parts[at++] : null;
        var region = at < parts.Length && (parts[at].Length == 2 && parts[at].All(char.IsAsciiLetter) || parts[at].Length == 3 && parts[at].All(char.IsAsciiDigit))
            ? parts[at++] : null;
        var rest = parts[at..];
        for (var n = rest.Length; n >= 0; n--)
            foreach (var (withScript, withRegion) in (ReadOnlySpan<(bool, bool)>)[(true, true), (false, true), (true, false), (false, false)])
            {
                if (!withScript && script is null || !withRegion && region is null) continue;
                string?[] subtags = [parts[0], withScript ? script : null, withRegion ? region : null, .. rest[..n]];
                if (Find(string.Join('-', subtags.OfType<string>()), script) is { } file) return file;
            }
        return null;
    }

    private static string? Find(string tag, string? script)
    {
        if (Aliases.TryGetValue(tag, out var alias)) tag = alias;
        if (!Languages.Contains(tag)) return null;
        return script is null || WrittenIn(tag, script) ? tag : null;
    }

    /// <summary>True when the file's patterns hold letters of the script (an ISO 15924 code such as "latn").</summary>
    private static bool WrittenIn(string file, string script)
    {
        var code = UnicodeScript.CodeOf(script);
        return code >= 0 && Loaded.GetOrAdd(file, Load) is { } patterns && patterns.Scripts.Contains(code);
    }

    private static LiangHyphenator? Load(string language)
    {
        var tex = Text(language);
        return tex is null ? null : Parse(tex, language);
    }

    /// <summary>A shipped file's text, unzipped, or null.</summary>
    private static string? Text(string language)
    {
        using var stream = typeof(HyphenationPatterns).Assembly.GetManifestResourceStream($"hyph-{language}.tex.gz");
        if (stream is null) return null;
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// Reads a hyph-utf8 file: the <c>\patterns{…}</c> and <c>\hyphenation{…}</c> groups (TeX
    /// comments removed, nothing after <c>\endinput</c>) and the hyphenmins its header gives for
    /// typesetting. Two things TeX would do for such a file are done here too: an
    /// <c>\input hyph-xx.tex</c> brings in another shipped file (Norwegian bokmål and nynorsk add
    /// their exceptions to the patterns of <c>hyph-no</c>), and one-argument macros defined with
    /// <c>\def</c> or <c>\edef</c> are expanded (Esperanto writes its patterns for word endings that way).
    /// </summary>
    internal static LiangHyphenator Parse(string tex, string language = "und")
    {
        var (left, right) = HyphenMins(tex);
        var body = Expand(Inputs(Body(tex)));
        return new LiangHyphenator(Groups(body, @"\patterns"), Groups(body, @"\hyphenation"), left, right, language);
    }

    private static string Body(string tex)
    {
        var body = Comment().Replace(tex, "");
        var end = body.IndexOf(@"\endinput", StringComparison.Ordinal);
        return end < 0 ? body : body[..end];
    }

    private static string Inputs(string body) => Input().Replace(body, m =>
        Text(m.Groups[1].Value) is { } included ? Inputs(Body(included)) : throw new InvalidDataException($"{m.Value}: no such pattern file is shipped"));

    private static string Expand(string body)
    {
        var macros = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var m = Definition().Match(body); m.Success; m = Definition().Match(body))
        {
            var open = m.Index + m.Length - 1;
            var close = Closing(body, open);
            macros[m.Groups[1].Value] = body[(open + 1)..close];
            body = body[..m.Index] + body[(close + 1)..];
        }
        // A macro's body may call another (Esperanto's \nom calls \adj): expand until none is left.
        for (var pass = 0; macros.Count > 0 && pass < 8; pass++)
        {
            var result = new System.Text.StringBuilder(body.Length * 2);
            var at = 0;
            for (var call = Call().Match(body); call.Success; call = call.NextMatch())
            {
                if (call.Index < at || !macros.TryGetValue(call.Groups[1].Value, out var macro)) continue;
                var open = call.Index + call.Length - 1;
                var close = Closing(body, open);
                result.Append(body, at, call.Index - at).Append(' ').Append(macro.Replace("#1", body[(open + 1)..close])).Append(' ');
                at = close + 1;
            }
            if (at == 0) break;
            body = result.Append(body, at, body.Length - at).ToString();
        }
        return body;
    }

    /// <summary>The index of the brace that closes the one at <paramref name="open"/>.</summary>
    private static int Closing(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            if (text[i] == '{') depth++;
            else if (text[i] == '}' && --depth == 0) return i;
        }
        throw new InvalidDataException("a pattern file has an unclosed brace");
    }

    /// <summary>The words of every <paramref name="command"/>{…} group.</summary>
    private static IEnumerable<string> Groups(string body, string command)
    {
        var words = new List<string>();
        for (var start = body.IndexOf(command + "{", StringComparison.Ordinal); start >= 0;
             start = body.IndexOf(command + "{", start + 1, StringComparison.Ordinal))
        {
            var open = start + command.Length;
            words.AddRange(body[(open + 1)..Closing(body, open)].Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
        }
        return words;
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
    [GeneratedRegex(@"\\input\s+hyph-([a-z0-9-]+)\.tex")] private static partial Regex Input();
    [GeneratedRegex(@"\\e?def\\([A-Za-z]+)#1\{")] private static partial Regex Definition();
    [GeneratedRegex(@"\\([A-Za-z]+)\{")] private static partial Regex Call();
    [GeneratedRegex(@"% hyphenmins:\s*\n(%\s{3,}.*\n)+")] private static partial Regex HyphenMinsBlock();
    [GeneratedRegex(@"(left|right):\s*(\d+)")] private static partial Regex MinValue();
}
