namespace Publisher.Pdf.Tests;

/// <summary>
/// Fonts with CFF (PostScript) outlines, as most commercial and CJK fonts have, are embedded as CIDFontType0C
/// fonts: never as Type 3 fonts, which print shops refuse and which lose the text. Both kinds of CFF font:
/// CID-keyed (Noto Serif CJK, from a .ttc collection) and name-keyed (STIX). CI installs fonts-noto-cjk and fonts-stix.
/// </summary>
public sealed class CffFontTests
{
    private const string Chinese = "直接记录快照，而非差异比较。";

    [Fact]
    public void A_CID_keyed_CJK_fallback_font_is_embedded_as_CIDFontType0C_and_its_text_reads_back()
    {
        var pdf = Build("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", "fallback-fonts: [fonts/{0}]\n",
            $"# Snapshots\n\nGit {Chinese}\n");
        var fonts = Poppler.Run("pdffonts", pdf);
        Assert.Contains(fonts.Split('\n'), l => l.Contains("NotoSerifCJK", StringComparison.Ordinal) && l.Contains("CID Type 0C", StringComparison.Ordinal));
        Assert.DoesNotContain("Type 3", fonts);
        Assert.Contains(Chinese, Poppler.Run("pdftotext", pdf));
        Renderers.AssertAllRender(pdf);
    }

    [Fact]
    public void A_name_keyed_CFF_body_font_is_embedded_as_CIDFontType0C_and_draws_its_letters()
    {
        var pdf = Build("/usr/share/fonts/opentype/stix/STIXGeneral-Regular.otf",
            "fonts:\n  stix:\n    regular: fonts/{0}\nbody:\n  font: stix\n", "# Harbour\n\nThe harbour at dawn, quiet and grey.\n");
        var fonts = Poppler.Run("pdffonts", pdf);
        Assert.Contains(fonts.Split('\n'), l => l.Contains("STIXGeneral", StringComparison.Ordinal) && l.Contains("CID Type 0C", StringComparison.Ordinal));
        Assert.DoesNotContain("Type 3", fonts);
        Assert.Contains("The harbour at dawn, quiet and grey.", Poppler.Run("pdftotext", pdf));
        Renderers.AssertAllRender(pdf);
    }

    /// <summary>A book dressed in the booklet extended by a template holding <paramref name="font"/> and <paramref name="templateLines"/>.</summary>
    private static byte[] Build(string font, string templateLines, string chapter)
    {
        var root = TestBooks.Write("title: Fonts\nlanguage: en\ntemplate: cff\n", ("01.md", chapter));
        var template = Path.Combine(root, "templates", "cff");
        Directory.CreateDirectory(Path.Combine(template, "fonts"));
        File.Copy(font, Path.Combine(template, "fonts", Path.GetFileName(font)));
        File.WriteAllText(Path.Combine(template, "template.yml"),
            "extends: booklet\n" + templateLines.Replace("{0}", Path.GetFileName(font)) + "page:\n  imposition: none\n");
        return TestBooks.Build(root, "sample").Pdf;
    }
}
