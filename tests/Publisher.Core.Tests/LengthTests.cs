using Publisher.Core.Units;

namespace Publisher.Core.Tests;

public sealed class LengthTests
{
    [Theory]
    [InlineData("12pt", 12.0)]
    [InlineData("18mm", 18 * 72 / 25.4)]
    [InlineData("2cm", 20 * 72 / 25.4)]
    [InlineData("0.75in", 54.0)]
    [InlineData("1pc", 12.0)]
    [InlineData("16px", 12.0)]
    [InlineData(" 12 pt ", 12.0)]
    [InlineData("12PT", 12.0)]
    [InlineData(".5in", 36.0)]
    [InlineData("1e1pt", 10.0)]
    [InlineData("0", 0.0)]
    [InlineData("-3mm", -3 * 72 / 25.4)]
    public void Absolute_lengths_convert_to_points(string text, double points)
    {
        Assert.True(Length.TryParse(text, out var length));
        Assert.False(length.IsRelative);
        Assert.Equal(points, length.ToPoints(), 9);
    }

    [Fact]
    public void Em_is_relative_to_the_font_size_given()
    {
        Assert.True(Length.TryParse("1.5em", out var length));
        Assert.True(length.IsRelative);
        Assert.Equal(15.0, length.ToPoints(10), 9);
        Assert.Equal(0.0, length.ToPoints(), 9);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("12")]          // a bare number other than 0 has no unit to go by
    [InlineData("pt")]
    [InlineData("12 furlongs")]
    [InlineData("12ptx")]
    [InlineData("twelve pt")]
    [InlineData("12,5pt")]
    [InlineData("NaNpt")]
    [InlineData("Infinitymm")]
    [InlineData("1.2.3mm")]
    public void Anything_else_is_not_a_length(string text)
    {
        Assert.False(Length.TryParse(text, out _));
    }

    [Theory]
    [InlineData("12pt")]
    [InlineData("18mm")]
    [InlineData("0.75in")]
    [InlineData("2cm")]
    [InlineData("1pc")]
    [InlineData("16px")]
    [InlineData("1.5em")]
    public void ToString_writes_what_TryParse_reads(string text)
    {
        Assert.True(Length.TryParse(text, out var length));
        Assert.Equal(text, length.ToString());
    }
}
