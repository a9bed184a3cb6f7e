using System.Buffers;
using System.Globalization;
using System.Text;

namespace Publisher.Pdf.Writer;

/// <summary>
/// Writes values in PDF's syntax (ISO 32000-1 §7.3) into a byte buffer. Numbers are written the
/// same way on every machine: invariant culture, at most four decimals, never an exponent.
/// </summary>
public static class PdfSyntax
{
    public static void Write(IBufferWriter<byte> output, object? value)
    {
        switch (value)
        {
            case null: Ascii(output, "null"); break;
            case bool b: Ascii(output, b ? "true" : "false"); break;
            case int i: Ascii(output, i.ToString(CultureInfo.InvariantCulture)); break;
            case long l: Ascii(output, l.ToString(CultureInfo.InvariantCulture)); break;
            case double d: WriteNumber(output, d); break;
            case PdfName name: Name(output, name.Value); break;
            case PdfRef r: Ascii(output, r.Number.ToString(CultureInfo.InvariantCulture)); Ascii(output, " 0 R"); break;
            case PdfText text: Text(output, text.Value); break;
            case PdfBytes bytes: Hex(output, bytes.Value); break;
            case PdfRaw raw: Ascii(output, raw.Syntax); break;
            case PdfArray array:
                Ascii(output, "[");
                for (var i = 0; i < array.Count; i++)
                {
                    if (i > 0) Ascii(output, " ");
                    Write(output, array[i]);
                }
                Ascii(output, "]");
                break;
            case PdfDict dict:
                Ascii(output, "<<");
                foreach (var (key, entry) in dict)
                {
                    Name(output, key.Value);
                    // A space only where the value would otherwise run into the key.
                    if (entry is not (PdfName or PdfArray or PdfDict or PdfText or PdfBytes)) Ascii(output, " ");
                    Write(output, entry);
                }
                Ascii(output, ">>");
                break;
            default:
                throw new ArgumentException($"no PDF syntax for a {value.GetType().Name}", nameof(value));
        }
    }

    /// <summary>A real number as PDF readers expect it: "12", "0.5", "-3.1416"; no exponent, no "-0".</summary>
    public static string Number(double value)
    {
        if (!double.IsFinite(value)) throw new ArgumentOutOfRangeException(nameof(value), value, "PDF numbers are finite");
        var rounded = Math.Round(value, 4, MidpointRounding.AwayFromZero);
        if (rounded == 0) return "0";
        if (rounded == Math.Floor(rounded) && Math.Abs(rounded) < 1e15) return ((long)rounded).ToString(CultureInfo.InvariantCulture);
        return rounded.ToString("0.####", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Writes <see cref="Number"/>'s text without making a string: content streams hold a number for
    /// almost every glyph, and this is the writer's innermost loop.
    /// </summary>
    public static void WriteNumber(IBufferWriter<byte> output, double value)
    {
        if (!double.IsFinite(value)) throw new ArgumentOutOfRangeException(nameof(value), value, "PDF numbers are finite");
        var scaled = Math.Round(value * 10000, MidpointRounding.AwayFromZero);
        if (Math.Abs(scaled) >= 1e17)
        {
            Ascii(output, Number(value));
            return;
        }
        var units = (long)scaled;
        var span = output.GetSpan(24);
        var at = 0;
        if (units < 0)
        {
            span[at++] = (byte)'-';
            units = -units;
        }
        var whole = units / 10000;
        var fraction = (int)(units % 10000);
        at += WriteDigits(span[at..], whole);
        if (fraction != 0)
        {
            span[at++] = (byte)'.';
            for (var divisor = 1000; fraction != 0; divisor /= 10)
            {
                span[at++] = (byte)('0' + fraction / divisor);
                fraction %= divisor;
            }
        }
        output.Advance(at);
    }

    private static int WriteDigits(Span<byte> span, long value)
    {
        Span<byte> digits = stackalloc byte[20];
        var n = 0;
        do
        {
            digits[n++] = (byte)('0' + value % 10);
            value /= 10;
        } while (value != 0);
        for (var i = 0; i < n; i++) span[i] = digits[n - 1 - i];
        return n;
    }

    public static void Ascii(IBufferWriter<byte> output, string text)
    {
        var span = output.GetSpan(text.Length);
        for (var i = 0; i < text.Length; i++) span[i] = (byte)text[i];
        output.Advance(text.Length);
    }

    /// <summary>A name: bytes outside printable ASCII and the delimiters are written as #XX (§7.3.5).</summary>
    public static void Name(IBufferWriter<byte> output, string value)
    {
        var name = new StringBuilder("/");
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            if (NeedsEscape(b)) name.Append('#').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            else name.Append((char)b);
        }
        Ascii(output, name.ToString());
    }

    /// <summary>Whether a name writes the byte as #XX: outside printable ASCII, or a delimiter.</summary>
    public static bool NeedsEscape(byte b) => b < 0x21 || b > 0x7E || "#()<>[]{}/%".Contains((char)b);

    /// <summary>
    /// A text string (§7.9.2.2): printable ASCII as a literal string, anything else as UTF-16BE with its
    /// byte order mark, in hex (no escaping to get wrong).
    /// </summary>
    public static void Text(IBufferWriter<byte> output, string text)
    {
        if (text.All(c => c is >= ' ' and <= '~'))
        {
            var literal = new StringBuilder("(");
            foreach (var c in text)
            {
                if (c is '(' or ')' or '\\') literal.Append('\\');
                literal.Append(c);
            }
            Ascii(output, literal.Append(')').ToString());
            return;
        }
        Hex(output, [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)]);
    }

    public static void Hex(IBufferWriter<byte> output, ReadOnlySpan<byte> bytes)
    {
        Ascii(output, "<");
        Ascii(output, Convert.ToHexString(bytes));
        Ascii(output, ">");
    }
}
