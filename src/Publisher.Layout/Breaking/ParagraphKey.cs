using Publisher.Layout.Fonts;
using Publisher.Layout.Hyphenation;
using Publisher.Layout.Text;

namespace Publisher.Layout.Breaking;

/// <summary>
/// Everything a paragraph's glyphs and line breaks depend on, and nothing else: each run's text, face, size,
/// language, inline object and whether it is code; the runs' bidi levels; the language shaping falls back to; the
/// hyphenation rules; the widths lines are broken to; and which breaker breaks them. Links, notes, colours and
/// structure do not move a break, and a paragraph's rows take them from its own runs (<see cref="LineMemory"/>).
/// </summary>
internal sealed class ParagraphKey : IEquatable<ParagraphKey>
{
    private readonly RunKey[] _runs;
    private readonly byte[] _levels;
    private readonly string? _language;
    private readonly string _bookLanguage;
    private readonly HyphenationRules? _hyphenation;
    private readonly double _width;
    private readonly double _firstIndent;
    private readonly double _hang;
    private readonly bool _totalFit;
    private readonly bool _continued;
    private readonly int _hash;

    private readonly record struct RunKey(string Text, FontFace Face, double Size, string? Language, InlineObject? Image, bool Code);

    public ParagraphKey(IReadOnlyList<TextRun> runs, byte[]? levels, string? language, string bookLanguage,
        HyphenationRules? hyphenation, double width, double firstIndent, double hang, bool totalFit, bool continued)
    {
        _runs = new RunKey[runs.Count];
        var hash = new HashCode();
        for (var r = 0; r < runs.Count; r++)
        {
            var style = runs[r].Style;
            _runs[r] = new RunKey(runs[r].Text, style.Face, style.Size, style.Language, style.Image, style.Code);
            hash.Add(_runs[r]);
        }
        _levels = levels ?? [];
        foreach (var level in _levels) hash.Add(level);
        (_language, _bookLanguage, _hyphenation) = (language, bookLanguage, hyphenation);
        (_width, _firstIndent, _hang, _totalFit, _continued) = (width, firstIndent, hang, totalFit, continued);
        hash.Add(language);
        hash.Add(bookLanguage);
        hash.Add(hyphenation);
        hash.Add(width);
        hash.Add(firstIndent);
        hash.Add(hang);
        hash.Add(totalFit);
        hash.Add(continued);
        _hash = hash.ToHashCode();
    }

    public bool Equals(ParagraphKey? other) =>
        other is not null && _hash == other._hash
        && _runs.AsSpan().SequenceEqual(other._runs) && _levels.AsSpan().SequenceEqual(other._levels)
        && _language == other._language && _bookLanguage == other._bookLanguage && Equals(_hyphenation, other._hyphenation)
        && _width.Equals(other._width) && _firstIndent.Equals(other._firstIndent) && _hang.Equals(other._hang)
        && _totalFit == other._totalFit && _continued == other._continued;

    public override bool Equals(object? obj) => Equals(obj as ParagraphKey);

    public override int GetHashCode() => _hash;
}
