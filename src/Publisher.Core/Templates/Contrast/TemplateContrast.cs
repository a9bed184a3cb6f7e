using System.Globalization;
using Publisher.Core.Diagnostics;
using Publisher.Core.Markdown;

namespace Publisher.Core.Templates.Contrast;

/// <summary>
/// Contrast is a property of the template: every text colour it sets, on the background that text stands on,
/// must pass WCAG 2 AA (<see cref="ContrastRatio"/>), and the same colours dress the PDF's pages and the EPUB's
/// stylesheet, so one check here covers both formats. Pages are white in the PDF, and the EPUB leaves its page
/// to the reading system, whose default is white; code stands on <c>code.background</c>, marked text on the mark
/// tint. A colour that falls short is a warning (PUB023) at the key that set it, with its ratio and the nearest
/// colour that passes; a colour inherited from the body is reported once, at the body's key, with a colour that
/// passes wherever it is used. When the text's colour comes from a template this one extends and the background is set here, the
/// warning stands at the background, the key the author can see.
/// </summary>
public static class TemplateContrast
{
    private const string Page = "#ffffff";

    /// <summary>A text the template colours: what it is (for the message), its style, and what it stands on.</summary>
    private sealed record Use(string What, string Color, SetAt? ColorAt, double Size, bool Bold,
        string Background, string BackgroundName, SetAt? BackgroundAt);

    /// <param name="templateFile">the template.yml the book names, as diagnostics show it (where a warning goes
    /// when neither colour was written in a file)</param>
    public static IReadOnlyList<Diagnostic> Check(Template template, string templateFile)
    {
        var failing = Uses(template)
            .Select(use => (Use: use, Ratio: ContrastRatio.Of(use.Color, use.Background), Required: ContrastRatio.Required(use.Size, use.Bold)))
            .Where(u => u.Ratio <= u.Required)
            .ToList();
        var diagnostics = new List<Diagnostic>();
        // One warning per key and colour: its first use (the body text, before headings that inherit its colour)
        // speaks for the others, and the colour offered passes for all of them (on the page and on the mark tint).
        foreach (var group in failing.GroupBy(f => (At: Place(f.Use, templateFile), f.Use.Color)))
        {
            var (use, ratio, required) = group.First();
            var elsewhere = group.Select(f => f.Use.BackgroundName).Distinct().Where(name => name != use.BackgroundName).ToList();
            var at = group.Key.At;
            var nearest = ContrastRatio.NearestPassing(use.Color, [.. group.Select(f => (f.Use.Background, f.Required))]);
            var key = at.Key is { } k ? $"'{k}': " : "";
            var on = use.BackgroundAt is { } bg ? $"{use.Background} ('{bg.Key}')" : $"{use.Background} ({use.BackgroundName})";
            var size = use.Size.ToString("0.##", CultureInfo.InvariantCulture) + "pt" + (use.Bold ? " bold" : "");
            var fix = nearest is null ? "no colour of this hue passes on all its backgrounds; give this text a colour of its own"
                : at.Key is { } placed && placed == use.BackgroundAt?.Key
                    ? use.ColorAt is { } text
                        ? $"the nearest colour for '{text.Key}' that passes on it is {nearest}"
                        : $"the nearest text colour that passes on it is {nearest}"
                    : $"the nearest colour that passes{(elsewhere.Count > 0 ? $" (there and on {string.Join(", ", elsewhere)})" : "")} is {nearest}";
            diagnostics.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.LowContrast,
                $"{key}{use.What} in {use.Color} on {on} has a contrast of {ContrastRatio.Show(ratio)}; text of {size} needs " +
                $"more than {required.ToString("0.#", CultureInfo.InvariantCulture)}:1 (WCAG 2 AA): {fix}",
                at.Location));
        }
        return diagnostics;
    }

    /// <summary>Where the warning goes: the text colour's key, unless only the background was set in the book's own template.</summary>
    private static (string? Key, SourceLocation Location) Place(Use use, string templateFile)
    {
        bool Here(SetAt? at) => at is { } a && a.Location.Path == templateFile;
        if (use.ColorAt is { } color && (Here(color) || !Here(use.BackgroundAt))) return (color.Key, color.Location);
        if (use.BackgroundAt is { } background) return (background.Key, background.Location);
        return (null, SourceLocation.File(templateFile));
    }

    /// <summary>Every text the template sets in a colour, where it can be seen (parts turned off are left out).</summary>
    private static IEnumerable<Use> Uses(Template t)
    {
        Use OnPage(string what, TextStyleSpec text) =>
            new(what, text.Color, text.ColorSetAt, text.Size, text.Bold, Page, "the page", null);

        yield return OnPage("body text", t.Body.Text);
        yield return OnPage("body text", t.Body.Text) with
        {
            What = "marked text (==like this==)", Background = InlineRoles.MarkTint, BackgroundName = "the mark tint",
        };
        for (var level = 1; level <= t.Headings.Count; level++) yield return OnPage($"h{level} headings", t.Headings[level - 1].Text);
        if (t.ChapterDescription is { } description) yield return OnPage("a chapter's description", description.Text);
        yield return OnPage("block quotes", t.Quote.Block.Text);
        yield return OnPage("figure captions", t.Figures.Caption.Text);
        yield return OnPage("table text", t.Table.Text);
        yield return OnPage("footnotes", t.Footnotes.Text);

        var code = t.Code;
        var (tint, tintAt) = (code.Background ?? Page, code.BackgroundSetAt);
        var codeText = code.Block.Text;
        var codeUse = new Use("code", codeText.Color, codeText.ColorSetAt, codeText.Size, codeText.Bold, tint,
            code.Background is null ? "the page" : "the code background", tintAt);
        yield return codeUse;
        foreach (var (kind, style) in code.Highlight.OrderBy(h => h.Key))
        {
            yield return codeUse with
            {
                What = $"highlighted code ({Highlighting.TokenKinds.Name(kind)})", Color = style.Color,
                ColorAt = style.ColorSetAt ?? codeText.ColorSetAt, Bold = style.Bold,
            };
        }

        // A callout's title is set in bold in its kind's colour, at the size of the text around it.
        foreach (var (kind, color) in t.Callouts.Colors.OrderBy(c => c.Key))
        {
            yield return new Use($"{Callouts.Name(kind)} callouts' titles", color, t.Callouts.SetAt.GetValueOrDefault(kind),
                t.Body.Text.Size, true, Page, "the page", null);
        }

        if (!t.Header.IsEmpty) yield return OnPage("the running head", t.Header.Text);
        if (!t.Footer.IsEmpty) yield return OnPage("the running foot", t.Footer.Text);
        if (t.Cover.Enabled)
        {
            yield return OnPage("the cover's title", t.Cover.Title.Text);
            yield return OnPage("the cover's subtitle", t.Cover.Subtitle.Text);
            yield return OnPage("the cover's authors", t.Cover.Authors.Text);
        }
        if (t.TitlePage.Enabled)
        {
            yield return OnPage("the title page's title", t.TitlePage.Title.Text);
            yield return OnPage("the title page's subtitle", t.TitlePage.Subtitle.Text);
            yield return OnPage("the title page's authors", t.TitlePage.Authors.Text);
        }
        if (t.Imprint.Enabled) yield return OnPage("the imprint", t.Imprint.Text.Text);
        if (t.Toc.Enabled)
        {
            yield return OnPage("the contents' title", t.Toc.TitleStyle.Text);
            for (var level = 1; level <= Math.Min(t.Toc.Depth, t.Toc.Levels.Count); level++)
                yield return OnPage($"level {level} of the contents", t.Toc.Levels[level - 1].Text);
        }
    }
}
