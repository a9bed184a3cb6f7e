using System.Buffers;

namespace Publisher.Pdf.Writer;

/// <summary>
/// A content stream being written (ISO 32000-1 §8–9): the operators that paint one page or form,
/// each written as "operands operator". Coordinates are PDF's: points from the bottom-left corner.
/// </summary>
public sealed class PdfContent
{
    private readonly ArrayBufferWriter<byte> _bytes;

    public PdfContent() => _bytes = new ArrayBufferWriter<byte>(4096);

    /// <summary>A content stream written into <paramref name="buffer"/>, emptied first: one buffer serves page after page
    /// (a page's stream is tens of kilobytes, and a new buffer for each grew by copying, 380 times in Pro Git).</summary>
    public PdfContent(ArrayBufferWriter<byte> buffer)
    {
        buffer.ResetWrittenCount();
        _bytes = buffer;
    }

    public ReadOnlySpan<byte> Bytes => _bytes.WrittenSpan;

    public void Save() => Op("q");
    public void Restore() => Op("Q");

    public void Transform(double a, double b, double c, double d, double e, double f)
    {
        Numbers(a, b, c, d, e, f);
        Op("cm");
    }

    /// <summary>Non-stroking colour in DeviceRGB, from 0xRRGGBB.</summary>
    public void FillColor(uint rgb)
    {
        Rgb(rgb);
        Op("rg");
    }

    public void StrokeColor(uint rgb)
    {
        Rgb(rgb);
        Op("RG");
    }

    public void LineWidth(double width)
    {
        Numbers(width);
        Op("w");
    }

    /// <summary>0 butt, 1 round, 2 projecting square (§8.4.3.3).</summary>
    public void LineCap(int style)
    {
        Numbers(style);
        Op("J");
    }

    /// <summary>0 miter, 1 round, 2 bevel (§8.4.3.4).</summary>
    public void LineJoin(int style)
    {
        Numbers(style);
        Op("j");
    }

    public void MiterLimit(double limit)
    {
        Numbers(limit);
        Op("M");
    }

    public void Dash(double[] pattern, double phase)
    {
        PdfSyntax.Ascii(_bytes, "[");
        foreach (var length in pattern)
        {
            PdfSyntax.WriteNumber(_bytes, length);
            Space();
        }
        PdfSyntax.Ascii(_bytes, "] ");
        Numbers(phase);
        Op("d");
    }

    /// <summary>Paints with the pattern named in the resources (a gradient): <c>/Pattern cs /P1 scn</c>.</summary>
    public void SetPattern(string name, bool fill)
    {
        PdfSyntax.Ascii(_bytes, fill ? "/Pattern cs " : "/Pattern CS ");
        PdfSyntax.Name(_bytes, name);
        Op(fill ? " scn" : " SCN");
    }

    public void MoveTo(double x, double y)
    {
        Numbers(x, y);
        Op("m");
    }

    public void LineTo(double x, double y)
    {
        Numbers(x, y);
        Op("l");
    }

    public void CurveTo(double x1, double y1, double x2, double y2, double x3, double y3)
    {
        Numbers(x1, y1, x2, y2, x3, y3);
        Op("c");
    }

    public void ClosePath() => Op("h");

    public void Rectangle(double x, double y, double width, double height)
    {
        Numbers(x, y, width, height);
        Op("re");
    }

    public void Fill(bool evenOdd = false) => Op(evenOdd ? "f*" : "f");
    public void Stroke() => Op("S");
    public void EndPath() => Op("n");

    /// <summary>Intersects the clip with the current path; the path itself is not painted.</summary>
    public void Clip(bool evenOdd = false)
    {
        Op(evenOdd ? "W*" : "W");
        Op("n");
    }

    public void SetGraphicsState(string name)
    {
        PdfSyntax.Name(_bytes, name);
        Op(" gs");
    }

    public void BeginText() => Op("BT");
    public void EndText() => Op("ET");

    public void Font(string name, double size)
    {
        PdfSyntax.Name(_bytes, name);
        Space();
        Numbers(size);
        Op("Tf");
    }

    public void TextMatrix(double a, double b, double c, double d, double e, double f)
    {
        Numbers(a, b, c, d, e, f);
        Op("Tm");
    }

    /// <summary>
    /// Shows glyphs by two-byte code (Identity-H), with the adjustments between them in thousandths of
    /// the font size that TJ takes: positive moves the next glyph left.
    /// </summary>
    public void ShowGlyphs(ReadOnlySpan<ushort> codes, ReadOnlySpan<double> adjustments)
    {
        PdfSyntax.Ascii(_bytes, "[<");
        for (var i = 0; i < codes.Length; i++)
        {
            if (i > 0 && adjustments[i] != 0)
            {
                PdfSyntax.Ascii(_bytes, ">");
                PdfSyntax.WriteNumber(_bytes, adjustments[i]);
                PdfSyntax.Ascii(_bytes, "<");
            }
            Hex4(codes[i]);
        }
        Op(">]TJ");
    }

    public void DrawXObject(string name)
    {
        PdfSyntax.Name(_bytes, name);
        Op(" Do");
    }

    /// <summary>Opens marked content with a property list (§14.6): <c>/P &lt;&lt;/MCID 3&gt;&gt; BDC</c>.</summary>
    public void BeginMarkedContent(string tag, PdfDict properties)
    {
        PdfSyntax.Name(_bytes, tag);
        PdfSyntax.Write(_bytes, properties);
        Op("BDC");
    }

    /// <summary>Opens marked content without properties: <c>/Artifact BMC</c>.</summary>
    public void BeginMarkedContent(string tag)
    {
        PdfSyntax.Name(_bytes, tag);
        Op(" BMC");
    }

    public void EndMarkedContent() => Op("EMC");

    private void Rgb(uint rgb)
    {
        Numbers(((rgb >> 16) & 0xFF) / 255.0, ((rgb >> 8) & 0xFF) / 255.0, (rgb & 0xFF) / 255.0);
    }

    private void Numbers(params ReadOnlySpan<double> values)
    {
        foreach (var value in values)
        {
            PdfSyntax.WriteNumber(_bytes, value);
            Space();
        }
    }

    private void Space() => _bytes.Write(" "u8);

    private void Hex4(ushort code)
    {
        const string digits = "0123456789ABCDEF";
        var span = _bytes.GetSpan(4);
        span[0] = (byte)digits[code >> 12];
        span[1] = (byte)digits[(code >> 8) & 0xF];
        span[2] = (byte)digits[(code >> 4) & 0xF];
        span[3] = (byte)digits[code & 0xF];
        _bytes.Advance(4);
    }

    private void Op(string op)
    {
        PdfSyntax.Ascii(_bytes, op);
        _bytes.Write("\n"u8);
    }
}
