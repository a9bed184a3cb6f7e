using System.Text;
using Publisher.Core.Templates.Keys;

namespace Publisher.EndToEnd.Tests.Fuzz;

/// <summary>
/// Random book.yml and template.yml files. Most are nearly right (the keys the readers know, with
/// good values and a few bad ones), so that a build gets far enough to meet them; some are YAML
/// a careless or hostile hand wrote: wrong types, aliases, tags, tabs, deep flow nesting.
/// </summary>
internal static class YamlFuzz
{
    private static readonly string[] BookKeys =
    [
        "subtitle", "author", "authors", "publisher", "rights", "description", "date", "edition", "isbn",
        "identifier", "cover", "formats", "chapters",
    ];

    /// <summary>One YAML value: plain, quoted with escapes, a block scalar, a number, a tag, an alias...</summary>
    public static string Scalar(FuzzText text) => text.Random.Next(14) switch
    {
        0 => $"\"{text.Word()}\\x01\\u202e\\0{text.Word()}\"",
        1 => $"'{text.Sentence(3).Replace("'", "''")}'",
        2 => $"|\n  {text.Sentence()}\n  {text.Word()}",
        3 => text.Pick(["0", "-1", "1e400", "0x1F", ".nan", "true", "no", "~", "null", "2024-02-30"]),
        4 => text.Pick(["!!binary AAAA", "!!python/object:os.system x", "!custom x", "!!int nope"]),
        5 => text.Pick(["*undefined", "&anchor value", "[a, b]", "{a: b}", "", "\"\""]),
        6 => "\"" + text.Huge() + "\"",
        7 => $"{text.Word()}\t{text.Word()}",
        8 => $"{text.Word()}: {text.Word()}",
        _ => Quoted(text.Sentence(4)),
    };

    /// <summary>A value nested <paramref name="depth"/> deep: flow sequences, flow mappings or indented mappings.</summary>
    public static string Nested(FuzzText text, int depth) => text.Random.Next(3) switch
    {
        0 => "key: " + new string('[', depth) + text.Word() + new string(']', text.Chance(0.8) ? depth : depth / 2),
        1 => "key: " + new StringBuilder().Insert(0, "{a: ", depth).Append('b').Append('}', depth),
        _ => string.Join('\n', Enumerable.Range(0, Math.Min(depth, 300)).Select(d => new string(' ', 2 * d) + $"k{d}:")) + " x",
    };

    /// <summary>A book.yml: title and language (usually good), other keys of book.yml, now and then a broken one.</summary>
    public static string BookYml(FuzzText text, string? template, IReadOnlyList<string> chapters, IReadOnlyList<string> images)
    {
        var lines = new List<string>();
        if (text.Chance(0.95)) lines.Add("title: " + (text.Chance(0.8) ? Quoted(text.Sentence(5)) : Scalar(text)));
        if (text.Chance(0.95)) lines.Add("language: " + (text.Chance(0.85) ? text.Pick(["en", "ru", "az-Latn", "ar", "zh", "ja", "he"]) : Scalar(text)));
        if (template is not null) lines.Add("template: " + template);
        foreach (var key in BookKeys.Where(_ => text.Chance(0.15)))
            lines.Add($"{key}: {BookValue(text, key, chapters, images)}");
        if (text.Chance(0.05)) lines.Add($"{text.Pick(["titel", "languag", "tags", "title"])}: {Scalar(text)}");
        if (text.Chance(0.1)) lines.Add(Nested(text, text.Depth()));
        if (text.Chance(0.03)) lines.Insert(0, text.Pick(["\uFEFF", "%YAML 1.1\n---", "---", "\t"]));
        return string.Join('\n', lines.OrderBy(_ => text.Random.Next())) + "\n";
    }

    private static string BookValue(FuzzText text, string key, IReadOnlyList<string> chapters, IReadOnlyList<string> images) =>
        (key, text.Chance(0.7)) switch
        {
            ("chapters", true) => "[" + string.Join(", ", Enumerable.Range(0, text.Count(3)).Select(_ =>
                text.Chance(0.8) && chapters.Count > 0 ? Quoted(text.Pick(chapters)) : Quoted(text.Pick(["missing.md", "../x.md", "/etc/passwd", "."])))) + "]",
            ("cover", true) => images.Count > 0 && text.Chance(0.7) ? Quoted(text.Pick(images)) : text.Pick(["missing.png", "book.yml", "../../x.png"]),
            ("formats", true) => text.Pick(["[pdf]", "[epub]", "[pdf, epub]", "[]", "[mobi]", "pdf"]),
            ("date", true) => text.Pick(["2024-05-01", "2024", "1969-12-31", "9999-12-31", "2024-13-01"]),
            ("isbn", true) => text.Pick(["978-3-16-148410-0", "978-3-16-148410-1", "0-306-40615-2", "12"]),
            ("authors", true) => "[" + string.Join(", ", Enumerable.Range(0, text.Count(3)).Select(_ => Quoted(text.Sentence(2)))) + "]",
            _ => Scalar(text),
        };

    /// <summary>A template extending a shipped one (usually), with random keys of the reference given good or bad values.</summary>
    public static string TemplateYml(FuzzText text)
    {
        var root = new SortedDictionary<string, object>(StringComparer.Ordinal);
        if (text.Chance(0.9)) root["extends"] = text.Pick(["booklet", "booklet", "book", "report", "fuzz", "nosuch"]);
        var keys = Math.Max(1, text.Count(6));
        for (var i = 0; i < keys; i++) Give(text, root, TemplateKeys.Root);
        var yaml = new StringBuilder();
        Write(yaml, root, 0);
        if (text.Chance(0.1)) yaml.Append(Nested(text, text.Depth())).Append('\n');
        return yaml.ToString();
    }

    /// <summary>Walks down from <paramref name="set"/> to one key and gives it a value.</summary>
    private static void Give(FuzzText text, SortedDictionary<string, object> map, TemplateKeySet set)
    {
        var key = text.Pick(set.AllKeys.ToList());
        var name = key.IsPlaceholder ? text.Pick(["serif", "mono", "sans", "fuzz"]) : key.Name;
        if (text.Chance(0.03)) name = text.Name();
        if (key.Mapping is { } mapping && (key.Example is null || text.Chance(0.7)))
        {
            var inner = map.TryGetValue(name, out var existing) && existing is SortedDictionary<string, object> m
                ? m
                : new SortedDictionary<string, object>(StringComparer.Ordinal);
            map[name] = inner;
            Give(text, inner, mapping);
            return;
        }
        map[name] = text.Random.NextDouble() switch
        {
            < 0.5 when key.Example is { } example => example,
            < 0.7 => text.Length(),
            < 0.8 => text.Pick(["\"#8b1a1a\"", "\"#zzzzzz\"", "\"#fff\"", "bold", "italic", "center", "none", "true", "3", "0", "-1", "75%", "250%"]),
            < 0.9 when name is "regular" or "bold" or "italic" or "bold-italic" =>
                text.Pick(["fonts/bad.ttf", "fonts/short.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "../fonts/NotoSerif-Regular.ttf", "/etc/passwd"]),
            _ => Scalar(text),
        };
    }

    private static void Write(StringBuilder yaml, SortedDictionary<string, object> map, int indent)
    {
        foreach (var (key, value) in map)
        {
            yaml.Append(' ', indent).Append(key).Append(':');
            if (value is SortedDictionary<string, object> inner)
            {
                yaml.Append('\n');
                Write(yaml, inner, indent + 2);
            }
            else
            {
                // A block scalar's lines must be indented under their key.
                yaml.Append(' ').Append(((string)value).Replace("\n", "\n" + new string(' ', indent + 2))).Append('\n');
            }
        }
    }

    private static string Quoted(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
