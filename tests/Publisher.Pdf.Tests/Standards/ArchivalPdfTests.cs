using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Publisher.Core.Diagnostics;
using Publisher.Pdf.Tests.Tagging;

namespace Publisher.Pdf.Tests.Standards;

/// <summary>
/// The template's <c>pdf</c> section: PDF/A-2a and PDF/A-2u with an sRGB output intent, PDF/X-4 with the print
/// shop's CMYK profile. There is no PDF/A validator here (no veraPDF), so these check the rules that can be read
/// back from the file: the identification and its schema descriptions in the XMP, the output intents and their
/// profile, no .notdef glyph shown, every glyph mapped to Unicode, no name over 127 bytes, device colours with
/// a meaning, and the file clean in qpdf and three renderers.
/// </summary>
public sealed partial class ArchivalPdfTests
{
    private static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static readonly XNamespace PdfAid = "http://www.aiim.org/pdfa/ns/id/";
    private static readonly XNamespace PdfXid = "http://www.npes.org/pdfx/ns/id/";
    private static readonly XNamespace PdfaSchema = "http://www.aiim.org/pdfa/ns/schema#";
    private static readonly XNamespace XmpMM = "http://ns.adobe.com/xap/1.0/mm/";

    /// <summary>A heading whose GitHub id is 150 bytes long, and a link to it.</summary>
    private static readonly string LongTitle = string.Join(' ', Enumerable.Repeat("harbour", 18)) + " end";

    private static readonly string Chapter =
        $"# Ships\n\nPlain text, *emphasis*, `code` and a [link](https://example.org).\n\n" +
        // U+0628 ARABIC LETTER BEH: none of the booklet's fonts has it; an installed Arabic face draws it.
        "A letter of another script: \u0628.\n\n" +
        // q and a combining dot: two glyphs for one cluster, the dot with no text of its own.
        "Dotted q\u0307 here.\n\n" +
        $"## {LongTitle}\n\nSee [the long one](#{LongTitle.Replace(' ', '-')}).\n\n- one\n- two\n";

    private static string Project(string pdfSection, params (string Name, string Text)[] chapters)
    {
        var root = TestBooks.Write("title: Ships\nauthors: [Ada Lovelace, Émile Zola]\nlanguage: en\ntemplate: archival\n",
            chapters.Length > 0 ? chapters : [("01.md", Chapter)]);
        var template = Path.Combine(root, "templates", "archival");
        Directory.CreateDirectory(template);
        File.WriteAllText(Path.Combine(template, "template.yml"), "extends: booklet\npdf:\n" + pdfSection);
        File.Copy("/usr/share/color/icc/ghostscript/default_cmyk.icc", Path.Combine(template, "cmyk.icc"));
        return root;
    }

    private static readonly Lazy<byte[]> A2a = new(() => TestBooks.Build(Project("  archival: pdf/a-2a\n"), "sample").Pdf);
    private static readonly Lazy<byte[]> X4 = new(() =>
        TestBooks.Build(Project("  archival: pdf/a-2u\n  print-profile: cmyk.icc\n"), "sample").Pdf);
    private static readonly Lazy<byte[]> Plain = new(() => TestBooks.Build(Project("  archival: none\n"), "sample").Pdf);

    [Fact]
    public void A_pdf_a_2a_file_names_its_level_and_describes_the_pdf_ua_schema_in_its_xmp()
    {
        var xmp = Xmp(A2a.Value);
        Assert.Equal("2", xmp.Descendants(PdfAid + "part").Single().Value);
        Assert.Equal("A", xmp.Descendants(PdfAid + "conformance").Single().Value);
        // PDF/A admits pdfuaid:part only with a description of its schema.
        Assert.Contains(xmp.Descendants(PdfaSchema + "prefix"), p => p.Value == "pdfuaid");
        // The information dictionary's Author and dc:creator must be the same single text.
        var creators = xmp.Descendants((XNamespace)"http://purl.org/dc/elements/1.1/" + "creator").Single().Descendants(Rdf + "li").ToList();
        Assert.Equal("Ada Lovelace, Émile Zola", Assert.Single(creators).Value);

        var plain = Xmp(Plain.Value);
        Assert.Empty(plain.Descendants(PdfAid + "part"));
        Assert.Equal(2, plain.Descendants((XNamespace)"http://purl.org/dc/elements/1.1/" + "creator").Single().Descendants(Rdf + "li").Count());
    }

    [Fact]
    public void An_archival_file_has_an_srgb_output_intent_with_its_profile()
    {
        var qdf = QdfFile.Of(A2a.Value);
        var catalog = qdf.Dictionaries().Single(d => d.Contains("/Type /Catalog", StringComparison.Ordinal));
        var intent = Regex.Match(catalog, @"/OutputIntents \[\s*<<(?<intent>.*?)>>\s*\]", RegexOptions.Singleline);
        Assert.True(intent.Success, catalog);
        Assert.Contains("/S /GTS_PDFA1", intent.Value, StringComparison.Ordinal);
        var (dictionary, data) = qdf.Object(QdfFile.Reference(intent.Value, "DestOutputProfile"));
        Assert.Contains("/N 3", dictionary, StringComparison.Ordinal);
        var profile = System.Text.Encoding.Latin1.GetBytes(data!);
        var (read, problem) = Publisher.Core.Templates.IccProfile.Parse("sRGB.icc", profile);
        Assert.True(read is not null, problem);
        Assert.Equal("RGB", read.ColorSpace);

        Assert.DoesNotContain(QdfFile.Of(Plain.Value).Dictionaries(), d => d.Contains("/OutputIntents", StringComparison.Ordinal));
    }

    [Fact]
    public void No_text_shows_the_notdef_glyph_and_every_glyph_shown_maps_to_unicode()
    {
        var (shown, mapped) = GlyphsShownAndMapped(QdfFile.Of(A2a.Value));
        foreach (var (font, codes) in shown)
        {
            Assert.DoesNotContain(0, codes);
            var unmapped = codes.Except(mapped[font]).ToList();
            Assert.True(unmapped.Count == 0, $"{font}: codes {string.Join(", ", unmapped)} have no ToUnicode entry");
        }
        // The text reads whole, the letter from the installed face included.
        var text = Poppler.Run("pdftotext", A2a.Value);
        Assert.Contains("Plain text, emphasis, code and a link.", text, StringComparison.Ordinal);
        Assert.Contains("Dotted q\u0307 here.", text, StringComparison.Ordinal);
        // (pdftotext orders a line's right-to-left letters itself: only that it is there is asserted.)
        Assert.Contains("A letter of another script:", text, StringComparison.Ordinal);
        Assert.Contains("\u0628", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_longer_than_127_bytes_is_shortened_and_the_link_still_leads_to_its_heading()
    {
        var qdf = QdfFile.Of(A2a.Value);
        var names = qdf.Dictionaries().SelectMany(d => NameToken().Matches(d).Select(m => m.Value)).ToList();
        Assert.DoesNotContain(names, n => n.Length - 1 > 127);
        var destinations = Poppler.Run("pdfinfo", A2a.Value, "-dests");
        var longName = Assert.Single(destinations.Split('\n'), l => l.Contains("harbour-harbour", StringComparison.Ordinal));
        var linkTarget = Regex.Match(string.Concat(qdf.Dictionaries()), @"/Dest /(harbour-[^\s/>\]]+)").Groups[1].Value;
        Assert.Contains(linkTarget, longName, StringComparison.Ordinal);
    }

    [Fact]
    public void Archival_and_print_files_are_clean_in_qpdf_and_three_renderers_and_the_same_on_every_build()
    {
        foreach (var pdf in new[] { A2a.Value, X4.Value })
        {
            PrintTemplates.AssertQpdfAccepts(pdf);
            Renderers.AssertAllRender(pdf);
        }
        Assert.Equal(A2a.Value, TestBooks.Build(Project("  archival: pdf/a-2a\n"), "sample").Pdf);
    }

    [Fact]
    public void A_pdf_x_4_file_is_made_for_the_named_printing_condition()
    {
        var pdf = X4.Value;
        Assert.StartsWith("%PDF-1.6", System.Text.Encoding.ASCII.GetString(pdf, 0, 8), StringComparison.Ordinal);
        var qdf = QdfFile.Of(pdf);
        var catalog = qdf.Dictionaries().Single(d => d.Contains("/Type /Catalog", StringComparison.Ordinal));
        // One profile serves both intents, as PDF/A asks when a file has several.
        var profiles = Regex.Matches(catalog, @"/DestOutputProfile (\d+) 0 R").Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.Contains("/S /GTS_PDFX", catalog, StringComparison.Ordinal);
        Assert.Contains("/S /GTS_PDFA1", catalog, StringComparison.Ordinal);
        Assert.Contains("/OutputConditionIdentifier (Artifex CMYK SWOP Profile)", catalog, StringComparison.Ordinal);
        var (profile, _) = qdf.Object(int.Parse(Assert.Single(profiles), CultureInfo.InvariantCulture));
        Assert.Contains("/N 4", profile, StringComparison.Ordinal);

        // Every page has its trim, even with no bleed.
        var boxes = PrintTemplates.Boxes(pdf, TestBooks.Open(pdf).NumberOfPages);
        Assert.All(boxes, page => Assert.Equal(page["MediaBox"], page["TrimBox"]));

        var info = qdf.Dictionaries().Single(d => d.Contains("/GTS_PDFXVersion", StringComparison.Ordinal));
        Assert.Contains("/GTS_PDFXVersion (PDF/X-4)", info, StringComparison.Ordinal);
        Assert.Contains("/Trapped /False", info, StringComparison.Ordinal);
        var xmp = Xmp(pdf);
        Assert.Equal("PDF/X-4", xmp.Descendants(PdfXid + "GTS_PDFXVersion").Single().Value);
        Assert.StartsWith("uuid:", xmp.Descendants(XmpMM + "DocumentID").Single().Value, StringComparison.Ordinal);
        Assert.Equal("U", xmp.Descendants(PdfAid + "conformance").Single().Value);
        Assert.Contains(xmp.Descendants(PdfaSchema + "prefix"), p => p.Value == "pdfxid");

        // RGB colours mean sRGB under the CMYK intent: a DefaultRGB colour space in the shared resources.
        var resources = qdf.Dictionaries().Where(d => d.Contains("/DefaultRGB", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(resources);
        Assert.DoesNotContain(qdf.Dictionaries(), d => d.Contains("/Font", StringComparison.Ordinal)
            && d.Contains("/ProcSet", StringComparison.Ordinal));
    }

    [Fact]
    public void A_cmyk_jpeg_in_an_srgb_archival_file_is_refused_at_the_line_that_shows_it()
    {
        var root = Project("  archival: pdf/a-2a\n", ("01.md", "# One\n\nText.\n\n![A tint](cmyk.jpg)\n"));
        File.Copy(Path.Combine(TestBooks.RepoRoot, "tests", "Fixtures", "images", "cmyk.jpg"), Path.Combine(root, "content", "sample", "cmyk.jpg"));
        var e = Assert.Throws<BuildFailedException>(() => TestBooks.Build(root, "sample"));
        Assert.Equal(DiagnosticCodes.ImageColorsNotAllowed, e.Diagnostic.Code);
        Assert.Equal(5, e.Diagnostic.Location.Line);

        // Under a CMYK print profile the same picture is welcome.
        var print = Project("  archival: pdf/a-2a\n  print-profile: cmyk.icc\n", ("01.md", "# One\n\nText.\n\n![A tint](cmyk.jpg)\n"));
        File.Copy(Path.Combine(TestBooks.RepoRoot, "tests", "Fixtures", "images", "cmyk.jpg"), Path.Combine(print, "content", "sample", "cmyk.jpg"));
        Assert.Contains("/DeviceCMYK", string.Concat(QdfFile.Of(TestBooks.Build(print, "sample").Pdf).Dictionaries()), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("  print-profile: template.yml\n", "PUB003", 3, "not an ICC profile")]
    [InlineData("  print-profile: missing.icc\n", "PUB003", 3, "not found")]
    [InlineData("  print-profile: ../../content/sample/01.md\n", "PUB012", 3, "outside the templates folders")]
    [InlineData("  archival: pdf/a-1b\n", "PUB003", 3, "pdf/a-2a")]
    public void A_bad_pdf_section_is_reported_at_its_line(string section, string code, int line, string message)
    {
        var root = Project(section);
        var e = Assert.Throws<BuildFailedException>(() => TestBooks.Build(root, "sample"));
        Assert.Equal(code, e.Diagnostic.Code);
        Assert.Equal(line, e.Diagnostic.Location.Line);
        Assert.EndsWith("template.yml", e.Diagnostic.Location.Path, StringComparison.Ordinal);
        Assert.Contains(message, e.Diagnostic.Message, StringComparison.Ordinal);
    }

    private static XDocument Xmp(byte[] pdf) => XDocument.Parse(Poppler.Run("pdfinfo", pdf, "-meta").Trim());

    /// <summary>
    /// For each font resource (/F1…), the two-byte codes the pages show with it and the codes its ToUnicode
    /// map gives characters for. Every page shares one resource dictionary.
    /// </summary>
    private static (Dictionary<string, HashSet<int>> Shown, Dictionary<string, HashSet<int>> Mapped) GlyphsShownAndMapped(QdfFile qdf)
    {
        var shown = new Dictionary<string, HashSet<int>>();
        foreach (var content in qdf.PageContents())
        {
            var font = "";
            foreach (Match m in TextToken().Matches(content))
            {
                if (m.Groups["font"].Success) { font = m.Groups["font"].Value; continue; }
                var hex = m.Groups["hex"].Value;
                var codes = shown.TryGetValue(font, out var set) ? set : shown[font] = [];
                for (var i = 0; i + 4 <= hex.Length; i += 4) codes.Add(int.Parse(hex.AsSpan(i, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
            }
        }
        var fonts = qdf.Dictionaries().First(d => Regex.IsMatch(d, @"^<<\s*/F1 \d+ 0 R", RegexOptions.Singleline));
        var mapped = new Dictionary<string, HashSet<int>>();
        foreach (var font in shown.Keys)
        {
            var (type0, _) = qdf.Object(QdfFile.Reference(fonts, font));
            var (_, cmap) = qdf.Object(QdfFile.Reference(type0, "ToUnicode"));
            mapped[font] = BfChar().Matches(cmap!).Select(m => int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToHashSet();
        }
        return (shown, mapped);
    }

    [GeneratedRegex(@"/(?<font>F\d+) [\d.]+ Tf|<(?<hex>[0-9A-Fa-f]*)>(?=[^\]]*\]\s*TJ)")]
    private static partial Regex TextToken();

    [GeneratedRegex(@"^<([0-9A-Fa-f]{4})> <[0-9A-Fa-f]{4,}>", RegexOptions.Multiline)]
    private static partial Regex BfChar();

    [GeneratedRegex(@"/[^\s/<>\[\]()]+")]
    private static partial Regex NameToken();
}
