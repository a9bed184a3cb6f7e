using System.Globalization;
using System.Text;
using Publisher.Core.Unicode;
using Publisher.Core.Books;
using Publisher.Core.Checks;
using Publisher.Core.Diagnostics;
using Publisher.Layout.Fonts;
using Publisher.Layout.Text;

namespace Publisher.Typesetting.Checks;

/// <summary>
/// Characters that no font can draw, neither the template's nor one installed on the machine
/// (<see cref="SystemFallback"/>): the PDF would print them as empty boxes (and the EPUB leaves them
/// to whatever font the reader has). Each character is reported once per file (a chapter, or book.yml
/// for the title, authors and imprint), where it first appears, named as Unicode names it so the
/// author can tell an invisible or look-alike character from a real gap in the fonts, with the font
/// package that has the script. `check` lists them all; a build stops at the first.
/// </summary>
public static class FontCoverageCheck
{
    public static IEnumerable<Diagnostic> Run(Book book, FontLibrary library, SystemFallback? system = null)
    {
        var template = book.Template;
        var faces = template.Fonts.Values
            .SelectMany(family => family.Faces().Select(f => f.File))
            .Distinct(StringComparer.Ordinal)
            .Select(file => library.Load(file))
            .Concat(TemplateFallbacks.Faces(template, library, SystemFonts.Installed))
            .ToList();
        // book.yml's title, authors and imprint lines are set in type too (cover, title page, imprint).
        var manifest = book.Manifest.PrintedTexts
            .SelectMany(text => text.Text.EnumerateRunes().Select(rune => new PlacedCharacter(rune, text.Location)));
        var language = book.Manifest.Language;
        bool Drawn(int codePoint) => faces.Any(f => f.HasGlyph(codePoint)) || system?.FaceFor(codePoint, faces[0], language) is not null;
        foreach (var diagnostic in Missing(manifest, Drawn, template.Name, system is not null)) yield return diagnostic;
        foreach (var chapter in book.Chapters)
            foreach (var diagnostic in Missing(ChapterCharacters.Of(chapter), Drawn, template.Name, system is not null)) yield return diagnostic;
    }

    /// <summary>The characters of one file that no face has, each once, where it first appears.</summary>
    private static IEnumerable<Diagnostic> Missing(IEnumerable<PlacedCharacter> characters, Func<int, bool> drawn, string templateName,
        bool systemFonts)
    {
        var first = new Dictionary<int, SourceLocation>();
        var count = new Dictionary<int, int>();
        var known = new Dictionary<int, bool>();
        foreach (var placed in characters)
        {
            var value = placed.Rune.Value;
            if (Invisible(placed.Rune)) continue;
            if (!known.TryGetValue(value, out var isDrawn)) known[value] = isDrawn = drawn(value);
            if (isDrawn) continue;
            if (first.TryAdd(value, placed.Location)) count[value] = 1;
            else count[value]++;
        }
        foreach (var (value, location) in first.OrderBy(p => p.Value.Line).ThenBy(p => p.Value.Column))
        {
            var more = count[value] - 1;
            yield return new Diagnostic(Severity.Error, DiagnosticCodes.CharacterNotInFonts,
                $"{Describe(value)} is in none of the fonts of template '{templateName}'" +
                (systemFonts ? " nor in any font installed on this machine" : "") + ": it would print as an empty box" +
                (more > 0 ? $" (and {more} more {(more == 1 ? "time" : "times")} in this file)" : "") +
                $"; {FontPackages.Advice(value)}",
                location);
        }
    }

    /// <summary>"U+0D05 MALAYALAM LETTER A", as the Unicode Character Database names it.</summary>
    public static string Describe(int codePoint)
    {
        var hex = codePoint.ToString("X4", CultureInfo.InvariantCulture);
        var name = CharacterProperties.Name(codePoint);
        return string.IsNullOrEmpty(name) ? $"U+{hex}" : $"U+{hex} {name}";
    }

    // The characters print draws no glyph for, as FontFallback decides: spaces, controls, joiners, variation selectors.
    private static bool Invisible(Rune rune) => FontFallback.IsInvisible(rune);
}
