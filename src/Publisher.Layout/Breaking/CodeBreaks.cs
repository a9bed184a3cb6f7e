namespace Publisher.Layout.Breaking;

/// <summary>
/// Where a line may end inside inline code (<see cref="Text.TextStyle.Code"/>). UAX #14 breaks code as if it
/// were prose, after any hyphen: <c>--allow-fs-read</c> ended a line at <c>--</c>, and a reader who typed
/// what they saw would type two commands. Inside code a line may end only after a space, or after '/', '.'
/// or ',' (a path, a host name, a list), where a reader can tell that the text goes on; a piece still too
/// long for the line is cut by the line breaker's last resort.
/// </summary>
public sealed class CodeBreaks
{
    // Which characters of the paragraph's text are code; null when none is.
    private readonly bool[]? _code;
    private readonly string _text;

    public CodeBreaks(ParagraphGlyphs glyphs)
    {
        _text = glyphs.Text;
        for (var r = 0; r < glyphs.Runs.Count; r++)
        {
            if (!glyphs.Runs[r].Style.Code) continue;
            _code ??= new bool[_text.Length];
            Array.Fill(_code, true, glyphs.RunStart[r], glyphs.Runs[r].Text.Length);
        }
    }

    /// <summary><paramref name="breaks"/> without those inside code at a place code may not break.</summary>
    public List<(int Index, bool Mandatory)> Restrict(List<(int Index, bool Mandatory)> breaks) =>
        _code is null ? breaks : breaks.Where(b => b.Mandatory || !Splits(b.Index) || _text[b.Index - 1] is ' ' or '/' or '.' or ',').ToList();

    /// <summary>Whether a line that ends before character <paramref name="index"/> breaks a piece of code in two.</summary>
    public bool Splits(int index) => _code is not null && index > 0 && index < _code.Length && _code[index - 1] && _code[index];
}
