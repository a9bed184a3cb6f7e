using System.Collections.Concurrent;
using HarfBuzzSharp;
using Publisher.Layout.Fonts;
using HbBuffer = HarfBuzzSharp.Buffer;

namespace Publisher.Layout.Shaping;

/// <summary>
/// Shapes text with HarfBuzz (kerning and standard ligatures on) and caches the result of short texts
/// per (font, size, text, language): books repeat words, code names, running heads and folios a lot, while a
/// paragraph's long runs come once. Kept for the whole build, a long run's arrays would only be carried
/// from one generation of the collector to the next (Pro Git: 13 MB of them).
/// </summary>
public sealed class TextShaper
{
    private readonly ConcurrentDictionary<(FontFace, double, string, bool?, string?), ShapedText> _cache = new();
    private readonly ConcurrentDictionary<string, Language> _languages = new();
    private readonly Language _language;

    public TextShaper(string languageTag)
    {
        LanguageTag = languageTag;
        _language = new Language(languageTag);
    }

    /// <summary>The language text is shaped in unless it says its own (the book's).</summary>
    public string LanguageTag { get; }

    /// <param name="rightToLeft">The run's direction as the bidi algorithm resolved it (its level is odd: right to
    /// left); null lets HarfBuzz guess from the text's script, for text set outside paragraphs (a page number).</param>
    /// <param name="language">The text's language where it is not the book's (a chapter's <c>lang</c>): fonts have
    /// forms for a language (Turkish keeps "fi" apart so the dot of i stays; Serbian italics).</param>
    public ShapedText Shape(FontFace face, double size, string text, bool? rightToLeft = null, string? language = null) =>
        text.Length > MaxCachedLength
            ? ShapeUncached(face, size, text, rightToLeft, language)
            : _cache.GetOrAdd((face, size, text, rightToLeft, language),
                static (key, shaper) => shaper.ShapeUncached(key.Item1, key.Item2, key.Item3, key.Item4, key.Item5), this);

    /// <summary>The longest text whose shaping is kept: a few words (a heading, a running head, a link's text).</summary>
    private const int MaxCachedLength = 64;

    /// <summary>
    /// One HarfBuzz buffer per thread, reset before each use (as if made anew): making and freeing one for each run was
    /// 2% of a build's CPU.
    /// </summary>
    [ThreadStatic] private static HbBuffer? _buffer;

    private ShapedText ShapeUncached(FontFace face, double size, string text, bool? rightToLeft, string? language)
    {
        var buffer = _buffer ??= new HbBuffer();
        buffer.Reset();
        buffer.AddUtf16(text);
        buffer.Language = language is null ? _language : _languages.GetOrAdd(language, tag => new Language(tag));
        // Digits inside Arabic are a left-to-right run of their own (bidi level 2): HarfBuzz must not guess
        // the direction from the script, only the script itself.
        if (rightToLeft is { } rtl) buffer.Direction = rtl ? Direction.RightToLeft : Direction.LeftToRight;
        buffer.GuessSegmentProperties();
        // Clusters as UTF-16 indices: HarfBuzz reports them in the units the text was added in.
        buffer.ClusterLevel = ClusterLevel.MonotoneCharacters;
        face.Font.Shape(buffer);

        var infos = buffer.GetGlyphInfoSpan();
        var positions = buffer.GetGlyphPositionSpan();
        var scale = size / face.UnitsPerEm;
        var n = infos.Length;
        var shaped = new ShapedText
        {
            Text = text,
            Glyphs = new ushort[n],
            Advances = new double[n],
            OffsetsX = new double[n],
            OffsetsY = new double[n],
            Clusters = new int[n],
            // HarfBuzz guesses the direction from the text's script and returns an RTL run in visual order.
            RightToLeft = buffer.Direction == Direction.RightToLeft,
        };
        for (var i = 0; i < n; i++)
        {
            shaped.Glyphs[i] = (ushort)infos[i].Codepoint;
            shaped.Clusters[i] = (int)infos[i].Cluster;
            shaped.Advances[i] = positions[i].XAdvance * scale;
            shaped.OffsetsX[i] = positions[i].XOffset * scale;
            shaped.OffsetsY[i] = -positions[i].YOffset * scale;
        }
        return shaped;
    }
}
