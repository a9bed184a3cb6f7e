using Publisher.Core.Diagnostics;
using Publisher.Core.Templates;
using Publisher.Layout.Fonts;

namespace Publisher.Epub;

/// <summary>
/// One font file inside the EPUB, cut down to the characters the book uses. A stand-in face (a fallback font of the
/// template, or an installed one for a script the template lacks: Arabic, Chinese) serves a template family for the
/// characters in <see cref="UnicodeRange"/> only: in CSS it is one more face of that family, so a reading system
/// without such fonts still shows the text, and in the same design as the print edition.
/// </summary>
internal sealed record EmbeddedFont(string Family, bool Bold, bool Italic, string Href, byte[] Data)
{
    /// <summary>The characters this face stands in for; null for a template face, which serves all the rest.</summary>
    public IReadOnlyList<int>? UnicodeRange { get; init; }
}

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
    /// face (no bold-italic, say) the nearest one is embedded, as the PDF does. Characters a face lacks come from the
    /// face print takes them from (<see cref="FontFallback"/>'s order: the template's fallback fonts, then an installed
    /// face made for their script), embedded too.
    /// </summary>
    public static IReadOnlyList<EmbeddedFont> For(Template template, IReadOnlySet<FontFace> faces, IEnumerable<int> textCodePoints,
        string language = "und", SystemFallback? system = null)
    {
        var text = textCodePoints.Distinct().Order().ToList();
        var codePoints = text.Concat(AlwaysKept).Distinct().Order().ToList();
        var files = new SortedDictionary<string, (string Family, string File, bool Bold, bool Italic)>(StringComparer.Ordinal);
        foreach (var face in faces)
        {
            if (!template.Fonts.TryGetValue(face.Family, out var family)) continue;
            var file = family.FileFor(face.Bold, face.Italic);
            var (_, bold, italic) = family.Faces().First(f => f.File == file);
            files.TryAdd($"{face.Family}\n{(bold ? 1 : 0)}{(italic ? 1 : 0)}", (face.Family, file, bold, italic));
        }

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var templateFaces = files.Values.ToList();
        var hrefs = templateFaces.Select(f => $"{EpubPaths.FontFolder}/{UniqueName(SafeFileName(Path.GetFileName(f.File)), names)}").ToList();
        var data = Subsets(templateFaces.Select(f => (f.File, 0, (IReadOnlyList<int>)codePoints)).ToList());
        var fonts = templateFaces.Select((f, i) => new EmbeddedFont(f.Family, f.Bold, f.Italic, hrefs[i], data[i])).ToList();
        // Stand-ins only for the text's own characters: a marker a reading system may draw is its business.
        fonts.AddRange(StandIns(template, files.Values, text, language, system, names));
        return fonts;
    }

    /// <summary>For each template face, the faces that draw the characters it lacks, each file embedded once.</summary>
    private static List<EmbeddedFont> StandIns(Template template, IEnumerable<(string Family, string File, bool Bold, bool Italic)> faces,
        List<int> codePoints, string language, SystemFallback? system, HashSet<string> names)
    {
        var fallbacks = TemplateFallbacks.Faces(template, FontLibrary.Shared, SystemFonts.Installed);
        // Which characters each (template face, stand-in) pair covers; then the stand-ins' files, cut to all they serve.
        var uses = new List<(string Family, bool Bold, bool Italic, Layout.Fonts.FontFace StandIn, List<int> CodePoints)>();
        foreach (var (family, file, bold, italic) in faces)
        {
            var face = FontLibrary.Shared.Load(file);
            var byStandIn = new Dictionary<Layout.Fonts.FontFace, List<int>>();
            foreach (var cp in codePoints)
            {
                if (face.HasGlyph(cp) || cp < 0x21 || System.Text.Rune.IsWhiteSpace(new System.Text.Rune(cp))) continue;
                var standIn = fallbacks.FirstOrDefault(f => f.HasGlyph(cp)) ?? system?.FaceFor(cp, face, language);
                if (standIn is null) continue;
                if (!byStandIn.TryGetValue(standIn, out var list)) byStandIn[standIn] = list = [];
                list.Add(cp);
            }
            foreach (var (standIn, list) in byStandIn) uses.Add((family, bold, italic, standIn, list));
        }
        var groups = uses.GroupBy(u => u.StandIn).OrderBy(g => g.Key.Path, StringComparer.Ordinal).ThenBy(g => g.Key.Index).ToList();
        var hrefs = new List<string>();
        foreach (var group in groups)
        {
            var standIn = group.Key;
            var stem = Path.GetFileNameWithoutExtension(standIn.Path) + (standIn.Index > 0 ? $"-{standIn.Index}" : "");
            var extension = Path.GetExtension(standIn.Path).ToLowerInvariant() is ".otf" or ".otc" ? ".otf" : ".ttf";
            hrefs.Add($"{EpubPaths.FontFolder}/{UniqueName(SafeFileName(stem + extension), names)}");
        }
        var data = Subsets(groups.Select(g =>
            (g.Key.Path, g.Key.Index, (IReadOnlyList<int>)g.SelectMany(u => u.CodePoints).Distinct().Order().ToList())).ToList());
        var result = new List<EmbeddedFont>();
        for (var i = 0; i < groups.Count; i++)
            foreach (var use in groups[i])
                result.Add(new EmbeddedFont(use.Family, use.Bold, use.Italic, hrefs[i], data[i]) { UnicodeRange = use.CodePoints });
        return result;
    }

    /// <summary>
    /// The subsets, in the order asked, cut side by side: each is a font of its own (a script book's CJK faces took 100-200
    /// ms each, one after the other).
    /// </summary>
    private static byte[][] Subsets(IReadOnlyList<(string File, int FaceIndex, IReadOnlyList<int> CodePoints)> faces)
    {
        var data = new byte[faces.Count][];
        var failures = new Exception?[faces.Count];
        Parallel.For(0, faces.Count, i =>
        {
            try { data[i] = Subset(faces[i].File, faces[i].FaceIndex, faces[i].CodePoints); }
            catch (Exception e) { failures[i] = e; }
        });
        // The first font that failed, as cutting them one by one would have said.
        if (failures.FirstOrDefault(f => f is not null) is { } failure) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        return data;
    }

    private static byte[] Subset(string file, int faceIndex, IReadOnlyList<int> codePoints)
    {
        try
        {
            return FontSubsetter.SubsetCharacters(Layout.Fonts.FontLibrary.Shared.Load(file, faceIndex), codePoints);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or InvalidDataException)
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
