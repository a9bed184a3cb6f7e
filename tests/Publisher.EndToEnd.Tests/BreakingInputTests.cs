using System.Buffers.Binary;
using SkiaSharp;

namespace Publisher.EndToEnd.Tests;

/// <summary>
/// Input made to break the build (nesting that overflowed the stack, damaged fonts and pictures, a
/// picture too large to decode) ends like any bad input: one located line, exit code 1, the previous
/// output untouched. Cases that used to overflow the stack run in a process of their own, since a
/// stack overflow cannot be caught and would end the test run.
/// </summary>
public sealed class BreakingInputTests
{
    private const string Chapter = "content/sample/01-first-steps.md";

    private static CliResult Build(TempProject project, bool ownProcess = false, params string[] args)
    {
        PreviousOutput.Write(project);
        var result = ownProcess ? project.RunProcess(null, ["build", .. args]) : project.Run(["build", .. args]);
        Assert.Equal(1, result.ExitCode);
        PreviousOutput.AssertUntouched(project);
        return result;
    }

    [Fact]
    public void Yaml_brackets_forty_thousand_deep_stop_at_the_one_that_passes_the_limit()
    {
        using var project = TempProject.From("content-only");
        project.Write("content/sample/book.yml", "title: A Sample\nlanguage: en\nauthors: " + new string('[', 40_000) + "\n");

        var result = Build(project, ownProcess: true);

        Assert.Equal("content/sample/book.yml:3:73: error PUB001: YAML nested too deep: lists and mappings may stand at most 64 inside each other",
            Assert.Single(result.ErrLines));
    }

    [Fact]
    public void Five_thousand_quote_markers_stop_where_the_limit_is_passed()
    {
        using var project = TempProject.From("content-only");
        project.Write(Chapter, "# First steps\n\n" + new string('>', 5_000) + " deep\n");

        var result = Build(project);

        Assert.Equal($"{Chapter}:3:101: error PUB005: Markdown nested too deep: quotes, lists, emphasis and links may stand at most 100 levels inside each other",
            Assert.Single(result.ErrLines));
    }

    [Fact]
    public void An_svg_ten_thousand_groups_deep_stops_at_its_element_in_the_svg_file()
    {
        using var project = TempProject.From("content-only");
        project.Write(Chapter, "# First steps\n\n![A deep drawing](deep.svg)\n");
        project.Write("content/sample/deep.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">\n"
            + string.Concat(Enumerable.Repeat("<g>", 10_000)) + string.Concat(Enumerable.Repeat("</g>", 10_000)) + "\n</svg>\n");

        var result = Build(project, ownProcess: true);

        // The 256th element inside the root <svg> is the 256th <g>: 255 before it, 3 characters each.
        Assert.Equal($"content/sample/deep.svg:2:{255 * 3 + 1}: error PUB005: SVG nested too deep: elements may stand at most 256 inside each other",
            Assert.Single(result.ErrLines));
    }

    [Theory]
    [InlineData("garbage", "its table directory is damaged")]
    [InlineData("cut", "it is cut short or damaged: its 'DSIG' table runs past the end of the file")]
    public void A_damaged_font_is_refused_at_the_template_line_that_names_it(string damage, string problem)
    {
        using var project = TempProject.From("content-only");
        var font = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "templates/fonts/NotoSerif-Regular.ttf"));
        var damaged = damage == "cut" ? font[..(font.Length / 3)] : [.. font[..12], .. Noise(font.Length - 12)];
        project.Write("templates/mine/template.yml", "extends: booklet\nfonts:\n  serif:\n    regular: bad.ttf\n");
        File.WriteAllBytes(project.PathOf("templates/mine/bad.ttf"), damaged);
        project.Write("content/sample/book.yml", "title: A Sample\nlanguage: en\ntemplate: mine\n");

        var result = Build(project);

        Assert.Equal($"templates/mine/template.yml:4:14: error PUB022: 'bad.ttf' is not a usable font: {problem}",
            Assert.Single(result.ErrLines));
    }

    [Theory]
    [InlineData("pdf")]
    [InlineData("epub")]
    public void A_png_cut_short_is_refused_at_the_line_that_shows_it_in_either_format(string format)
    {
        using var project = TempProject.From("content-only");
        var png = Png(300, 200);
        File.WriteAllBytes(project.PathOf("content/sample/cut.png"), png[..(png.Length / 2)]);
        project.Write(Chapter, "# First steps\n\nA picture:\n\n![A cut picture](cut.png)\n");

        var result = Build(project, false, "--format", format);

        Assert.Equal($"{Chapter}:5:1: error PUB042: image 'cut.png' is not a readable PNG file: the file is cut short",
            Assert.Single(result.ErrLines));
    }

    [Fact]
    public void A_picture_of_more_than_fifty_megapixels_is_refused_from_its_header()
    {
        using var project = TempProject.From("content-only");
        var png = Png(30, 30);
        // 30,000 × 30,000 in its header (IHDR's width and height, and the chunk's checksum to match):
        // 900 megapixels, 3.6 GB once decoded.
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(16), 30_000);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(20), 30_000);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(29), Crc32(png.AsSpan(12, 4 + 13)));
        File.WriteAllBytes(project.PathOf("content/sample/huge.png"), png);
        project.Write(Chapter, "# First steps\n\n![A huge picture](huge.png)\n");

        var result = Build(project);

        Assert.Equal($"{Chapter}:3:1: error PUB046: image 'huge.png' is 30000 × 30000 pixels, more than the 50 megapixels " +
                     "a book's picture may have; scale it down (300 pixels per inch of print is plenty)",
            Assert.Single(result.ErrLines));
    }

    /// <summary>A PNG of noise, so that its compressed data is about as long as its pixels.</summary>
    private static byte[] Png(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        Noise(width * height * 4).CopyTo(bitmap.GetPixelSpan());
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>The CRC-32 a PNG chunk ends with (ISO 3309, as zlib computes it).</summary>
    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
        return ~crc;
    }

    private static byte[] Noise(int length)
    {
        var bytes = new byte[length];
        new Random(10).NextBytes(bytes);
        return bytes;
    }
}
