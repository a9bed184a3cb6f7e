using System.Buffers;
using System.Text;
using Publisher.Pdf.Writer;

namespace Publisher.Pdf.Tests.Writer;

/// <summary>Values are written in PDF's syntax the same way on every machine.</summary>
public sealed class PdfSyntaxTests
{
    [Theory]
    [InlineData(12.0, "12")]
    [InlineData(0.5, "0.5")]
    [InlineData(-3.14159, "-3.1416")]
    [InlineData(595.2756, "595.2756")]
    [InlineData(-0.00001, "0")]
    [InlineData(1e-5, "0")]
    [InlineData(123456789.5, "123456789.5")]
    [InlineData(0.1 + 0.2, "0.3")]
    public void Numbers_have_at_most_four_decimals_and_no_exponent(double value, string expected)
    {
        Assert.Equal(expected, Written(value));
        Assert.Equal(expected, PdfSyntax.Number(value));
    }

    [Fact]
    public void Names_escape_delimiters_and_bytes_outside_printable_ASCII()
    {
        Assert.Equal("/02-writing#23fn:1", Written(new PdfName("02-writing#fn:1")));
        Assert.Equal("/a#20b#2Fc#C3#A9", Written(new PdfName("a b/cé")));
    }

    [Fact]
    public void Text_is_a_literal_string_when_ASCII_and_UTF16_with_a_byte_order_mark_otherwise()
    {
        Assert.Equal(@"(A \(small\) book\\)", Written(new PdfText(@"A (small) book\")));
        Assert.Equal("<FEFF0058006F0063006100DF0131>", Written(new PdfText("Xocaßı")));
    }

    [Fact]
    public void Dictionaries_keep_the_order_entries_were_added_in()
    {
        var dict = new PdfDict("Page") { { "Rotate", 0 }, { "MediaBox", PdfArray.Of(0, 0, 419.53, 595.28) }, { "Parent", new PdfRef(3) } };
        Assert.Equal("<</Type/Page/Rotate 0/MediaBox[0 0 419.53 595.28]/Parent 3 0 R>>", Written(dict));
    }

    private static string Written(object? value)
    {
        var buffer = new ArrayBufferWriter<byte>();
        PdfSyntax.Write(buffer, value);
        return Encoding.ASCII.GetString(buffer.WrittenSpan);
    }
}
