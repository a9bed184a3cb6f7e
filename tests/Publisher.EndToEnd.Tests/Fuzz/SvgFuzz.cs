using System.Text;

namespace Publisher.EndToEnd.Tests.Fuzz;

/// <summary>
/// Random SVG drawings: shapes, paths, text and references nested inside groups, with the
/// attributes a drawing program writes and the ones a hostile file adds (scripts, handlers,
/// external references, DTD entities), numbers out of range, characters XML forbids, and
/// groups nested thousands deep.
/// </summary>
internal sealed class SvgFuzz(FuzzText text)
{
    /// <summary>Whether this drawing may break XML's own rules; most do not, so that they reach the drawing code.</summary>
    private bool _broken;

    public string Drawing()
    {
        _broken = text.Chance(0.15);
        var svg = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        var doctype = text.Chance(0.08);
        if (doctype) svg.Append(Doctype()).Append('\n');
        svg.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" " +
                   $"width=\"{Number()}\" height=\"{Number()}\" viewBox=\"0 0 {Number()} {Number()}\"{Hostile()}>\n");
        var elements = Math.Max(1, text.Count(8));
        for (var i = 0; i < elements; i++) svg.Append(Element(text.Chance(0.25) ? text.Depth() : 1)).Append('\n');
        if (doctype) svg.Append("<text>&xxe;&c;</text>\n");
        // Now and then the document is cut short.
        if (!_broken || text.Chance(0.5)) svg.Append("</svg>\n");
        return svg.ToString();
    }

    private string Doctype() => text.Random.Next(3) switch
    {
        0 => "<!DOCTYPE svg [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>",
        1 => "<!DOCTYPE svg [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>",
        _ => "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">",
    };

    /// <summary>One element; groups hold <paramref name="depth"/> levels of groups around it.</summary>
    private string Element(int depth)
    {
        var groups = depth - 1;
        // Now and then some groups are never closed.
        var closed = !_broken || text.Chance(0.5) ? groups : groups / 2;
        return string.Concat(Enumerable.Repeat($"<g transform=\"{Transform()}\">", groups)) + Shape() +
            string.Concat(Enumerable.Repeat("</g>", closed));
    }

    private string Shape() => text.Random.Next(12) switch
    {
        0 => $"<rect x=\"{Number()}\" y=\"{Number()}\" width=\"{Number()}\" height=\"{Number()}\" fill=\"{Paint()}\"{Hostile()}/>",
        1 => $"<circle cx=\"{Number()}\" cy=\"{Number()}\" r=\"{Number()}\" stroke=\"{Paint()}\" stroke-width=\"{Number()}\"/>",
        2 => $"<path d=\"{Path()}\" fill=\"{Paint()}\"{Hostile()}/>",
        3 => $"<text x=\"{Number()}\" y=\"{Number()}\" font-family=\"{text.Pick(["serif", "monospace", "Nosuch", ""])}\" font-size=\"{Number()}\">{TextContent()}</text>",
        4 => $"<text><tspan dx=\"{Number()}\">{TextContent()}</tspan></text>",
        5 => $"<use xlink:href=\"{text.Pick(["#a", "#self", "other.svg#x", "http://example.org/x.svg#y", "#"])}\" id=\"{text.Pick(["a", "self"])}\"/>",
        6 => $"<image href=\"{text.Pick(["file:///etc/passwd", "http://example.org/x.png", "data:image/png;base64,AAAA", "pic.png", "../../x.svg"])}\" width=\"{Number()}\" height=\"{Number()}\"/>",
        7 => "<script>alert(1)</script>",
        8 => $"<style>rect {{ fill: url(http://example.org/x); }} {Xml(text.Word())}</style>",
        9 => $"<linearGradient id=\"g\"><stop offset=\"{Number()}\" stop-color=\"{Paint()}\"/></linearGradient><rect width=\"10\" height=\"10\" fill=\"url(#g)\"/>",
        10 => $"<foreignObject width=\"10\" height=\"10\"><div xmlns=\"http://www.w3.org/1999/xhtml\">{Xml(text.Word())}</div></foreignObject>",
        _ => $"<polygon points=\"{string.Join(' ', Enumerable.Range(0, text.Count(6)).Select(_ => Number()))}\"/>",
    };

    private string TextContent() => text.Random.Next(5) switch
    {
        0 when _broken => text.OddCharacter() + text.Word(),
        1 when _broken => "&undefined;",
        2 => "<![CDATA[" + Xml(text.Sentence()).Replace("]]>", "") + "]]>",
        _ => Xml(text.Sentence()),
    };

    /// <summary>What a hostile file adds to an element: event handlers, styles, references out of the book.</summary>
    private string Hostile() => !text.Chance(0.2) ? "" : text.Random.Next(4) switch
    {
        0 => " onload=\"alert(1)\"",
        1 => $" style=\"fill: {Paint()}; background: url(file:///etc/passwd)\"",
        2 => " xlink:href=\"javascript:alert(1)\"",
        _ when _broken => $" {text.Name()}=\"{text.Word()}\"",
        _ => $" data-{text.Between(0, 9)}=\"{Xml(text.Word())}\"",
    };

    private string Number() => text.Random.NextDouble() switch
    {
        < 0.8 => text.Between(0, 500).ToString(System.Globalization.CultureInfo.InvariantCulture),
        < 0.9 => text.Pick(["-1", "0", "1e308", "-1e308", "NaN", "Infinity", "1e-320", "100%", "12px", "3em"]),
        _ => text.Pick(["", " ", "abc", "1,2", "99999999999999999999"]),
    };

    private string Paint() => text.Pick(["red", "#123456", "#12", "none", "url(#g)", "url(#missing)", "currentColor", "rgb(300,-1,0)", Xml(text.Word())]);

    /// <summary>Text as XML allows it (escaped, no character XML forbids), unless this drawing may be broken.</summary>
    private string Xml(string value) => _broken
        ? value
        : System.Security.SecurityElement.Escape(string.Concat(value.EnumerateRunes()
            .Where(r => r.Value is '\t' or '\n' or '\r' or >= ' ' and not (0xFFFE or 0xFFFF) && r != Rune.ReplacementChar)))!;

    private string Transform() => text.Pick(["", "scale(2)", "rotate(45)", "translate(1e308 0)", "matrix(0 0 0 0 0 0)", "scale(0)", "skewX(90)", "nonsense(1)"]);

    private string Path() => text.Chance(0.8)
        ? $"M{Number()} {Number()} L{Number()} {Number()} C{Number()} {Number()} {Number()} {Number()} {Number()} {Number()} Z"
        : text.Pick(["M", "M0 0 Q", "Z Z Z", "M0,0 A1e308 1e308 0 1 1 1 1", "m1 1" + string.Concat(Enumerable.Repeat(" l1 1", text.Between(1, 20_000)))]);
}
