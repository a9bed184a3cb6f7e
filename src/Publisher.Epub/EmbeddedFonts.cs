using Publisher.Core.Diagnostics;
using Publisher.Core.Templates;
using Publisher.Layout.Fonts;

namespace Publisher.Epub;

/// <summary>One font file inside the EPUB, cut down to the characters the book uses.</summary>
internal sealed record EmbeddedFont(string Family, bool Bold, bool Italic, string Href, byte[] Data);

internal static class EmbeddedFonts
{
    /// <summary>
    /// Characters always kept in every face besides those of the text: ASCII, so that a
    /// reader's own labels (page numbers, list numbers, search) still find glyphs, and the
    /// bullets and marks that reading systems generate for lists.
    /// </summary>
    private static readonly int[] AlwaysKept =
        [.. Enumerable.Range(0x20, 0x7F - 0x20), 0xA0, 0x2022, 0x25E6, 0x25AA, 0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026];

    /// <summary>The CSS name of a template family; never a generic family keyword such as "serif".</summary>
    public static string CssFamily(string family) => $"publisher-{family}";

    /// <summary>The generic family a reader falls back on when it ignores embedded fonts.</summary>
    public static string GenericFamily(string family)
    {
        var name = family.ToLowerInvariant();
        return name.Contains("mono") ? "monospace" : name.Contains("sans") ? "sans-serif" : "serif";
    }

    /// <summary>
    /// The files for the faces in use, in a fixed order. Where a template has no file for a
    /// face (no bold-italic, say) the nearest one is embedded, as the PDF does.
    /// </summary>
    public static IReadOnlyList<EmbeddedFont> For(Template template, IReadOnlySet<FontFace> faces, IEnumerable<int> textCodePoints)
    {
        var codePoints = textCodePoints.Concat(AlwaysKept).Distinct().Order().ToList();
        var files = new SortedDictionary<string, (string Family, string File, bool Bold, bool Italic)>(StringComparer.Ordinal);
        foreach (var face in faces)
        {
            if (!template.Fonts.TryGetValue(face.Family, out var family)) continue;
            var file = family.FileFor(face.Bold, face.Italic);
            var (_, bold, italic) = family.Faces().First(f => f.File == file);
            files.TryAdd($"{face.Family}\n{(bold ? 1 : 0)}{(italic ? 1 : 0)}", (face.Family, file, bold, italic));
        }

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var fonts = new List<EmbeddedFont>();
        foreach (var (family, file, bold, italic) in files.Values)
        {
            var name = UniqueName(SafeFileName(Path.GetFileName(file)), names);
            fonts.Add(new EmbeddedFont(family, bold, italic, $"{EpubPaths.FontFolder}/{name}", Subset(file, codePoints)));
        }
        return fonts;
    }

    private static byte[] Subset(string file, IReadOnlyList<int> codePoints)
    {
        try
        {
            return FontSubsetter.SubsetCharacters(File.ReadAllBytes(file), codePoints);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            throw BuildFailedException.At(SourceLocation.File(file), DiagnosticCodes.FontUnreadable,
                $"cannot embed font '{Path.GetFileName(file)}' in the EPUB: {e.Message}");
        }
    }

    /// <summary>Keeps names to characters that need no escaping in a URL.</summary>
    private static string SafeFileName(string name) =>
        new(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '-').ToArray());

    private static string UniqueName(string name, HashSet<string> taken)
    {
        var stem = Path.GetFileNameWithoutExtension(name);
        var extension = Path.GetExtension(name);
        var candidate = name;
        for (var n = 2; !taken.Add(candidate); n++) candidate = $"{stem}-{n}{extension}";
        return candidate;
    }
}
