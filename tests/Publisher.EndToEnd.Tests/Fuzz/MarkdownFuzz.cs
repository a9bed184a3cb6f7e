using System.Text;

namespace Publisher.EndToEnd.Tests.Fuzz;

/// <summary>
/// Random chapters: every construct the Markdown pipeline reads (headings with attributes, lists,
/// quotes, code, tables, footnotes, raw HTML, links and images of every kind, Markdig's extensions),
/// nested, mixed and now and then broken.
/// </summary>
internal sealed class MarkdownFuzz(FuzzText text, IReadOnlyList<string> images, IReadOnlyList<string> chapters)
{
    private static readonly string[] Languages = ["csharp", "js", "python", "sh", "json", "yaml", "xml", "markdown", "mermaid", "nosuch", ""];

    public string Chapter()
    {
        var markdown = new StringBuilder();
        if (text.Chance(0.1)) markdown.Append(FrontMatter());
        if (text.Chance(0.8)) markdown.Append("# ").Append(text.Sentence(4)).Append(Attributes()).Append("\n\n");
        var blocks = text.Count(8);
        for (var i = 0; i < blocks; i++) markdown.Append(Block(text.Chance(0.15) ? text.Depth() : 1)).Append("\n\n");
        return markdown.ToString();
    }

    /// <summary>Chapter front matter: mostly a title, sometimes keys the chapter does not take, or broken YAML.</summary>
    private string FrontMatter() => "---\n" + text.Random.NextDouble() switch
    {
        < 0.6 => $"title: {YamlFuzz.Scalar(text)}\n",
        < 0.8 => $"{text.Pick(["lang", "titel", "tags", "title"])}: {YamlFuzz.Scalar(text)}\n",
        _ => YamlFuzz.Nested(text, text.Depth()) + "\n",
    } + "---\n\n";

    private string Block(int depth) => text.Random.Next(16) switch
    {
        0 => $"{new string('#', text.Between(1, 7))} {Inline()}{Attributes()}",
        1 => Nest("> ", depth, Inline()),
        2 => List(depth),
        3 => Fence(),
        4 => Table(),
        5 => $"[^{text.Name()}]: {Inline()}",
        6 => Html(),
        7 => $"{text.Sentence(3)}\n: {Inline()}",
        8 => $":::{text.Name()}\n{Inline()}\n:::",
        9 => $"$$\n{text.Sentence()}\n$$",
        10 => text.Pick(["---", "***", "* * *", "___"]),
        11 => $"    {text.Sentence()}\n    {text.Word()}",
        12 => $"*[{text.Word()}]: {text.Sentence(3)}",
        13 => $"![{text.Sentence(3)}]({Image()}){Attributes()}",
        _ => Inline(),
    };

    /// <summary><paramref name="prefix"/> repeated <paramref name="depth"/> times in front of the text.</summary>
    private static string Nest(string prefix, int depth, string inner) =>
        new StringBuilder().Insert(0, prefix, depth).Append(inner).ToString();

    private string List(int depth)
    {
        var lines = new StringBuilder();
        var items = Math.Max(1, text.Count(4));
        var marker = text.Pick(["- ", "* ", "+ ", "1. ", "a. ", "i. ", "- [ ] ", "- [x] "]);
        for (var i = 0; i < items; i++) lines.Append(marker).Append(Inline()).Append('\n');
        // Each level indented under the one before (the indents grow with the square of the depth, so
        // a few hundred levels are as deep as a list goes here).
        for (var level = 1; level < Math.Min(depth, 300); level++)
            lines.Append(' ', 2 * level).Append(marker).Append(text.Word()).Append('\n');
        return lines.ToString();
    }

    private string Fence()
    {
        var fence = text.Pick(["```", "~~~", "````"]);
        var lines = Enumerable.Range(0, text.Count(6)).Select(_ => text.Chance(0.1) ? text.Huge() : text.Sentence(12));
        // Now and then the fence is never closed.
        return $"{fence}{text.Pick(Languages)}\n{string.Join('\n', lines)}\n{(text.Chance(0.9) ? fence : "")}";
    }

    private string Table()
    {
        var columns = Math.Max(1, text.Count(4));
        string Row() => "| " + string.Join(" | ", Enumerable.Range(0, text.Chance(0.9) ? columns : text.Between(1, 6)).Select(_ => Inline())) + " |";
        var rule = "|" + string.Join("|", Enumerable.Range(0, columns).Select(_ => text.Pick(["---", ":--", "--:", ":-:"]))) + "|";
        return string.Join('\n', new[] { Row(), rule }.Concat(Enumerable.Range(0, text.Count(5)).Select(_ => Row())));
    }

    private string Html() => text.Random.Next(8) switch
    {
        0 => $"<div onclick=\"alert(1)\" style=\"color:red\">{text.Sentence()}</div>",
        1 => "<script>alert(1)</script>",
        2 => $"<!-- {text.Sentence()} -->",
        3 => $"<table><tr><td>{text.Word()}</td></tr>",
        4 => $"<p xmlns=\"http://evil\" id=\"{text.Name()}\">{text.Word()}</p>",
        5 => $"<details><summary>{text.Word()}</summary>{text.Sentence()}</details>",
        6 => Nest("<div>", text.Depth(), text.Word()),
        _ => $"<iframe src=\"javascript:alert(1)\"></iframe>{text.Word()}",
    };

    private string Inline()
    {
        var parts = Enumerable.Range(0, Math.Max(1, text.Count(6))).Select(_ => InlinePiece());
        return string.Join(' ', parts);
    }

    private string InlinePiece() => text.Random.Next(20) switch
    {
        0 => $"*{text.Word()}*",
        1 => $"**{text.Sentence(3)}**",
        2 => $"~~{text.Word()}~~",
        3 => $"`{text.Sentence(3)}`",
        4 => $"[{text.Sentence(3)}]({Link()}){(text.Chance(0.2) ? Attributes() : "")}",
        5 => $"![{(text.Chance(0.8) ? text.Sentence(2) : "")}]({Image()})",
        6 => $"[^{text.Name()}]",
        7 => $"<{text.Pick(["kbd", "span style=\"x\"", "b onmouseover=\"x\"", "br", "sup", "a href=\"javascript:x\""])}>{text.Word()}",
        8 => $"&{text.Pick(["amp", "nbsp", "#0", "#x110000", "#65", "bogus", "#xD800"])};",
        9 => $"<{text.Pick(["http://example.org", "mailto:a@b.c", "javascript:alert(1)", "https://x.y/ü"])}>",
        10 => Nest(text.Pick(["*", "_", "[", "**", "~", "<b>"]), text.Depth(), text.Word()),
        11 => $"{text.Word()}^{text.Word()}^ H~2~O",
        12 => $"\"{text.Word()}\" -- {text.Word()} --- ...",
        13 => $"${text.Word()}$",
        14 => $"{text.Word()}  \n{text.Word()}",
        15 => text.OddCharacter(),
        _ => text.Word(),
    };

    /// <summary>Where a link points: a chapter, a heading, outside, or nowhere a book may point.</summary>
    private string Link() => text.Random.Next(10) switch
    {
        0 => "#" + text.Name(),
        1 => (chapters.Count > 0 ? text.Pick(chapters) : "01.md") + (text.Chance(0.5) ? "#" + text.Name() : ""),
        2 => "https://example.org/" + text.Word(),
        3 => text.Pick(["javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:x", "file:///etc/passwd"]),
        4 => text.Pick(["../../etc/passwd", "/etc/passwd", "missing.md", "images/", ""]),
        5 => $"<{text.Sentence(2)}> \"{text.Word()}\"",
        _ => "https://example.org",
    };

    private string Image() => text.Random.Next(6) switch
    {
        0 => text.Pick(["missing.png", "../outside.svg", "/etc/passwd", "book.yml", "", "http://example.org/a.png"]),
        _ => images.Count > 0 ? text.Pick(images) : "missing.svg",
    };

    /// <summary>Markdig's generic attributes, the kinds the EPUB must filter and the ones that collide.</summary>
    private string Attributes() => !text.Chance(0.3) ? "" : " {" + text.Random.Next(7) switch
    {
        0 => "#" + text.Name(),
        1 => "." + text.Name(),
        2 => $"onclick=\"{text.Word()}\"",
        3 => $"style=\"{text.Word()}\"",
        4 => $"id={text.Name()} href={text.Name()}",
        5 => $"xmlns=\"{text.Word()}\" lang={text.Name()}",
        _ => $"#{text.Name()} #{text.Name()} .{text.Name()} {text.Name()}={text.Name()}",
    } + "}";
}
