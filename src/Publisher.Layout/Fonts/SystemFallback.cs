using System.Collections.Concurrent;
using Publisher.Core.Unicode;

namespace Publisher.Layout.Fonts;

/// <summary>
/// Chooses an installed face for a character the template's fonts lack, the way a typesetter would:
/// a face made for the character's script (Noto Naskh Arabic for Arabic, Noto Serif Devanagari…), of the
/// same kind as the text around it (serif, sans-serif or monospaced, bold, italic), and for Chinese,
/// Japanese and Korean the design the language asks for (the same ideograph is drawn differently in
/// zh-Hans, zh-Hant, ja and ko). Failing that, the first installed face that has the character, in a
/// fixed order. Choices are remembered: one lookup per character and kind of face for the whole build.
/// </summary>
public sealed class SystemFallback(SystemFonts fonts, FontLibrary library)
{
    private readonly ConcurrentDictionary<(int, FaceKind, string), FontFace?> _chosen = new();
    private readonly ConcurrentDictionary<(string, int), FontFace?> _families = new();
    private readonly Lazy<IReadOnlyList<SystemFont>> _regulars = new(() =>
        fonts.Fonts.Where(f => !f.Italic && f.Weight is >= 350 and <= 500).ToList());

    public static SystemFallback Installed { get; } = new(SystemFonts.Installed, FontLibrary.Shared);

    /// <summary>A face with <paramref name="codePoint"/> for text set in <paramref name="face"/>; null when no installed font has it.</summary>
    /// <param name="language">The text's language (BCP 47), which chooses among the CJK designs.</param>
    /// <param name="italicAsBold">Italic text of a script without italics takes the bold face (false: the upright one,
    /// when emphasis is shown otherwise, by dots).</param>
    public FontFace? FaceFor(int codePoint, FontFace face, string language, bool italicAsBold = true)
    {
        var kind = FaceKind.Of(face.Description);
        if (!italicAsBold) kind = kind with { Italic = false };
        var variant = IsEastAsian(codePoint) ? CjkVariant(language, codePoint) : "";
        return _chosen.GetOrAdd((codePoint, kind, variant), key => Choose(key.Item1, key.Item2, key.Item3));
    }

    private FontFace? Choose(int codePoint, FaceKind kind, string variant)
    {
        foreach (var family in Families(codePoint, kind, variant))
            if (Load(family, kind) is { } face && face.HasGlyph(codePoint)) return face;
        // No face made for the script: any installed face that has the character (a rare symbol), upright and regular.
        foreach (var font in _regulars.Value)
        {
            FontFace face;
            try { face = library.Load(font.Path, font.Index); }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException) { continue; }
            if (face.HasGlyph(codePoint) && face.HasOutlines) return Load(font.Family, kind) ?? face;
        }
        return null;
    }

    /// <summary>The face of an installed family nearest to the kind of text; null when the family is not installed.</summary>
    private FontFace? Load(string family, FaceKind kind) =>
        _families.GetOrAdd((family, (kind.Bold ? 1 : 0) | (kind.Italic ? 2 : 0)), key =>
        {
            if (fonts.Find(key.Item1, kind.Bold, kind.Italic) is not { } font) return null;
            // Chinese, Japanese, Arabic, Hebrew… have no italics: emphasis there is set in bold, not in an upright face
            // that would hide it, nor in a slanted fake.
            if (kind.Italic && !font.Italic && fonts.Find(key.Item1, bold: true, italic: false) is { Bold: true } bold) font = bold;
            try { return library.Load(font.Path, font.Index) is { HasOutlines: true } face ? face : null; }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException) { return null; }
        });

    /// <summary>The families made for the character's script, the text's kind of face first.</summary>
    private static IEnumerable<string> Families(int codePoint, FaceKind kind, string variant)
    {
        if (variant.Length > 0)
        {
            if (kind.Mono) yield return $"Noto Sans Mono CJK {variant}";
            if (kind.Sans) yield return $"Noto Sans CJK {variant}";
            yield return $"Noto Serif CJK {variant}";
            yield return $"Noto Sans CJK {variant}";
            yield break;
        }
        foreach (var script in Scripts(codePoint))
        {
            var name = UnicodeScript.Name(script).Replace('_', ' ');
            if (script == UnicodeScript.Arabic)
            {
                // Naskh is the book hand of Arabic: the serif of the script.
                if (!kind.Sans) yield return "Noto Naskh Arabic";
                yield return "Noto Sans Arabic";
                yield return "Noto Naskh Arabic";
                continue;
            }
            if (!kind.Sans) yield return $"Noto Serif {name}";
            yield return $"Noto Sans {name}";
            yield return $"Noto Serif {name}";
        }
    }

    /// <summary>The character's script, or for punctuation shared by scripts (the Arabic comma), the scripts that use it.</summary>
    private static IEnumerable<int> Scripts(int codePoint)
    {
        var script = UnicodeScript.Of(codePoint);
        if (script is not (UnicodeScript.Common or UnicodeScript.Inherited)) return [script];
        // ICU lists a character's extensions in code order, as the set of codes did before.
        var list = UnicodeScript.Extensions(codePoint).Where(i => i is not (UnicodeScript.Common or UnicodeScript.Inherited)).Order().ToList();
        return list;
    }

    private static bool IsEastAsian(int codePoint)
    {
        foreach (var script in Scripts(codePoint))
            if (script is UnicodeScript.Han or UnicodeScript.Hiragana or UnicodeScript.Katakana or UnicodeScript.Hangul or UnicodeScript.Bopomofo) return true;
        // Fullwidth forms (，：！) are Common with no extensions in older data; they belong to CJK text.
        return codePoint is >= 0x3000 and <= 0x303F or >= 0xFF00 and <= 0xFFEF;
    }

    /// <summary>
    /// Which of Noto CJK's designs: by the language where it is Chinese, Japanese or Korean (zh-Hant and
    /// zh-TW traditional, zh-HK Hong Kong's), else by the character (kana are Japanese, hangul Korean),
    /// else simplified Chinese.
    /// </summary>
    public static string CjkVariant(string language, int codePoint)
    {
        var tag = language.ToLowerInvariant();
        if (tag.StartsWith("ja", StringComparison.Ordinal)) return "JP";
        if (tag.StartsWith("ko", StringComparison.Ordinal)) return "KR";
        if (tag.StartsWith("zh", StringComparison.Ordinal) || tag.StartsWith("yue", StringComparison.Ordinal))
        {
            if (tag.Contains("-hk") || tag.StartsWith("yue", StringComparison.Ordinal)) return "HK";
            if (tag.Contains("hant") || tag.Contains("-tw") || tag.Contains("-mo")) return "TC";
            return "SC";
        }
        var script = UnicodeScript.Of(codePoint);
        return script is UnicodeScript.Hiragana or UnicodeScript.Katakana ? "JP" : script == UnicodeScript.Hangul ? "KR" : "SC";
    }

    /// <summary>Serif, sans-serif or monospaced; bold; italic: what a stand-in face should match.</summary>
    private readonly record struct FaceKind(bool Sans, bool Mono, bool Bold, bool Italic)
    {
        public static FaceKind Of(FontDescription d) => new(d.Sans, d.Mono, d.Bold, d.Italic);
    }
}
