using Publisher.Core.Diagnostics;
using Publisher.Core.Templates;

namespace Publisher.Core.Tests;

/// <summary>template.yml: the shipped one reads; each kind of mistake is named with file, line and key.</summary>
public sealed class TemplateReaderTests : IDisposable
{
    private const string Display = "templates/booklet/template.yml";
    private readonly TestFolder _folder = new();
    private readonly string _shipped;

    public TemplateReaderTests()
    {
        _folder.CopyShippedTemplates();
        _shipped = File.ReadAllText(_folder.PathOf(Display));
    }

    public void Dispose() => _folder.Dispose();

    private Template Read(string text)
    {
        var file = _folder.Write(Display, text);
        return TemplateReader.Read("booklet", file, Display);
    }

    /// <summary>The shipped template with one line changed, so each test shows just its mistake.</summary>
    private string Changed(string from, string to)
    {
        Assert.Contains(from, _shipped);
        return _shipped.Replace(from, to);
    }

    private int LineOf(string text, string needle) =>
        text[..text.IndexOf(needle, StringComparison.Ordinal)].Count(c => c == '\n') + 1;

    [Fact]
    public void The_shipped_booklet_reads()
    {
        var template = Read(_shipped);

        Assert.Equal(148 * 72 / 25.4, template.Page.Width, 6);
        Assert.Equal(210 * 72 / 25.4, template.Page.Height, 6);
        Assert.True(template.Page.Facing);
        Assert.Equal(19 * 72 / 25.4, template.Page.MarginInner, 6);
        Assert.Equal(["serif", "mono", "math"], template.Fonts.Keys);
        Assert.All(template.Fonts.Values.SelectMany(f => f.Faces()), face => Assert.True(File.Exists(face.File)));
        Assert.Equal(10, template.Body.Text.Size);
        Assert.Equal(14.5, template.Body.Text.Leading);
        Assert.Equal(12, template.Body.Indent, 6); // 1.2em of 10pt
        Assert.Equal(TextAlign.Justify, template.Body.Align);
        Assert.Equal(6, template.Headings.Count);
        Assert.True(template.Headings[0].PageBreakBefore);
        Assert.Equal("mono", template.Code.Block.Text.Font);
        Assert.Equal(0.88, template.Code.InlineScale, 6);
        Assert.True(template.TitlePage.Enabled);
        Assert.Equal(0.38, template.TitlePage.TopFraction, 6);
        Assert.Equal("{page}", template.Footer.Outer);
        Assert.False(template.Footer.OnFirstPage);
    }

    [Fact]
    public void An_unknown_top_level_key_suggests_the_nearest()
    {
        var text = Changed("\nheader:", "\nheadr:");
        Assert.Equal($"{Display}:{LineOf(text, "headr:")}:1: error PUB002: unknown key 'headr' (did you mean 'header'?)",
            Expect.Failure(() => Read(text)));
    }

    [Fact]
    public void An_unknown_nested_key_is_named_with_its_path_and_the_nearest_key()
    {
        var text = Changed("    inner: 19mm", "    iner: 19mm");
        Assert.Equal($"{Display}:{LineOf(text, "iner:")}:5: error PUB002: unknown key 'page.margins.iner' (did you mean 'inner'?)",
            Expect.Failure(() => Read(text)));
    }

    [Fact]
    public void An_unknown_key_inside_a_flow_mapping_is_found_too()
    {
        var text = Changed("h2: { font: serif, weight: bold,", "h2: { font: serif, wieght: bold,");
        var line = LineOf(text, "wieght");
        var column = text.Split('\n')[line - 1].IndexOf("wieght", StringComparison.Ordinal) + 1;
        Assert.Equal($"{Display}:{line}:{column}: error PUB002: unknown key 'headings.h2.wieght' (did you mean 'weight'?)",
            Expect.Failure(() => Read(text)));
    }

    [Fact]
    public void A_bad_length_names_the_key_and_the_value()
    {
        var text = Changed("top: 17mm", "top: 17 furlongs");
        Assert.Equal($"{Display}:{LineOf(text, "top: 17 f")}:10: error PUB003: 'page.margins.top': " +
                     "expected a length such as 12pt, 18mm, 0.75in or 1.5em, not '17 furlongs'",
            Expect.Failure(() => Read(text)));
    }

    [Fact]
    public void A_margin_must_be_absolute()
    {
        var text = Changed("outer: 15mm", "outer: 2em");
        Assert.Equal($"{Display}:{LineOf(text, "outer: 2em")}:12: error PUB003: 'page.margins.outer': " +
                     "expected an absolute length (pt, mm, cm, in), not '2em'",
            Expect.Failure(() => Read(text)));
    }

    [Fact]
    public void Margins_must_leave_room_for_text()
    {
        var text = Changed("inner: 19mm", "inner: 120mm");
        Assert.EndsWith("error PUB003: 'page.margins' leave less than one inch for the text", Expect.Failure(() => Read(text)));
    }

    [Fact]
    public void A_misspelt_paper_size_suggests_the_nearest()
    {
        var text = Changed("size: A5 ", "size: A55 ");
        Assert.Equal($"{Display}:{LineOf(text, "A55")}:9: error PUB003: 'page.size': expected a name " +
                     "(A4, A5, A6, B5, Letter, Legal, Trade, Royal, Crown-Quarto) or two lengths such as \"148mm 210mm\", " +
                     "not 'A55' (did you mean 'A5'?)",
            Expect.Failure(() => Read(text)));
    }

    [Fact]
    public void A_page_size_may_be_two_lengths()
    {
        var template = Read(Changed("size: A5 ", "size: 6in 9in "));
        Assert.Equal((432.0, 648.0), (template.Page.Width, template.Page.Height));
    }

    [Fact]
    public void A_missing_section_is_required()
    {
        var text = _shipped[..(_shipped.IndexOf("\nbody:", StringComparison.Ordinal) + 1)];
        Assert.Equal($"{Display}:4:1: error PUB004: 'body' is required", Expect.Failure(() => Read(text)));
    }

    [Fact]
    public void An_unknown_font_family_suggests_the_nearest()
    {
        var text = Changed("h1: { font: serif", "h1: { font: serf");
        Assert.Equal($"{Display}:{LineOf(text, "serf")}:15: error PUB003: 'headings.h1.font': no font family 'serf' in 'fonts' (did you mean 'serif'?)",
            Expect.Failure(() => Read(text)));
    }

    [Fact]
    public void A_missing_font_file_is_named()
    {
        var text = Changed("regular: ../fonts/NotoSerif-Regular.ttf", "regular: ../fonts/NotoSerif-Regullar.ttf");
        Assert.Equal($"{Display}:{LineOf(text, "Regullar")}:14: error PUB021: font file '../fonts/NotoSerif-Regullar.ttf' " +
                     "not found (looked for it beside template.yml)",
            Expect.Failure(() => Read(text)));
    }

    [Fact]
    public void A_file_that_is_not_a_font_is_refused_where_it_is_named()
    {
        var text = Changed("regular: ../fonts/NotoSerif-Regular.ttf", "regular: ../fonts/OFL-NotoSerif.txt");
        Assert.Equal($"{Display}:{LineOf(text, "OFL-NotoSerif.txt")}:14: error PUB022: '../fonts/OFL-NotoSerif.txt' " +
                     "is not a usable font: it is not a TrueType or OpenType font file",
            Expect.Failure(() => Read(text)));
    }

    public static TheoryData<string, string> DamagedFonts => new()
    {
        // The header and table directory of a real font, then random bytes instead of its tables.
        { "directory", "its 'head' table is damaged" },
        // A valid header (version and table count), random bytes from the table directory on.
        { "header", "its table directory is damaged" },
        // The first third of the file: the tables near its end are missing.
        { "cut", "it is cut short or damaged: its '" },
    };

    [Theory]
    [MemberData(nameof(DamagedFonts))]
    public void A_damaged_font_is_refused_where_the_template_names_it(string damage, string problem)
    {
        var font = File.ReadAllBytes(_folder.PathOf("templates/fonts/NotoSerif-Regular.ttf"));
        var directory = 12 + 16 * (font[4] << 8 | font[5]);
        var random = new Random(7);
        var kept = damage switch { "directory" => directory, "header" => 12, _ => font.Length / 3 };
        var damaged = font[..kept];
        if (damage != "cut")
        {
            damaged = [.. damaged, .. new byte[font.Length - kept]];
            random.NextBytes(damaged.AsSpan(kept));
        }
        File.WriteAllBytes(_folder.PathOf("templates/fonts/Damaged.ttf"), damaged);
        var text = Changed("regular: ../fonts/NotoSerif-Regular.ttf", "regular: ../fonts/Damaged.ttf");

        var message = Expect.Failure(() => Read(text));

        Assert.StartsWith($"{Display}:{LineOf(text, "Damaged.ttf")}:14: error PUB022: '../fonts/Damaged.ttf' is not a usable font: {problem}",
            message);
    }

    [Theory]
    [InlineData("leading: 14.5pt\n", "leading: -3pt\n", "'body.leading': expected a leading above zero, not '-3pt'")]
    [InlineData("size: 10pt\n", "size: 0pt\n", "'body.size': expected a size above zero, not '0pt'")]
    [InlineData("color: \"#1b1b1b\"\n  align", "color: \"dark grey\"\n  align", "'body.color': expected a colour written as #rrggbb, not 'dark grey'")]
    [InlineData("align: justify ", "align: justified ", "'body.align': 'justified' is not one of left, right, center, justify (did you mean 'justify'?)")]
    [InlineData("top: 38% ", "top: 38 ", "'title-page.top': expected a percentage of the text area's height such as 35%, not '38'")]
    [InlineData("facing: true ", "facing: sometimes ", "'page.facing': expected true or false, not 'sometimes'")]
    public void Bad_values_name_the_key_and_the_value(string from, string to, string message)
    {
        var text = Changed(from, to);
        Assert.EndsWith($"error PUB003: {message}", Expect.Failure(() => Read(text)));
        Assert.StartsWith($"{Display}:{LineOf(text, to.TrimEnd())}:", Expect.Failure(() => Read(text)));
    }

    [Fact]
    public void The_locator_prefers_the_projects_template_and_falls_back_to_the_built_in_one()
    {
        var locator = new TemplateLocator(_folder.Root);
        var at = new SourceLocation("content/x/book.yml", 3, 11);

        Assert.StartsWith(_folder.Root, locator.Load("booklet", at).Directory);
        using var empty = new TestFolder();
        Assert.StartsWith(TemplateLocator.BuiltInDirectory, new TemplateLocator(empty.Root).Load("booklet", at).Directory);
    }

    [Theory]
    [InlineData("bookled", " (did you mean 'booklet'?)")]
    [InlineData("../booklet", " (did you mean 'booklet'?)")]
    [InlineData("", "")]
    public void An_unknown_template_lists_the_available_ones(string name, string hint)
    {
        using var empty = new TestFolder();
        var at = new SourceLocation("content/x/book.yml", 3, 11);

        Assert.Equal($"content/x/book.yml:3:11: error PUB020: unknown template '{name}'{hint}; available: book, booklet, report",
            Expect.Failure(() => new TemplateLocator(empty.Root).Load(name, at)));
    }
}
