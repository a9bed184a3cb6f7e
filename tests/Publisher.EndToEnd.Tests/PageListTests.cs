using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Publisher.Core.Books;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace Publisher.EndToEnd.Tests;

/// <summary>
/// The EPUB lists the print edition's pages (page-list, NCX pageList) and marks in its text where
/// each PDF page begins. Checked as a reader with both books side by side would: every PDF page is
/// in the list, named as the PDF names it (its /PageLabels: i, ii… for the front matter, then 1, 2…,
/// the folio printed on it), and the words after each marker are the words at the top of that PDF
/// page (under its running head).
/// </summary>
public sealed partial class PageListTests : IDisposable
{
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    private static readonly XNamespace Ops = "http://www.idpf.org/2007/ops";
    private static readonly XNamespace Ncx = "http://www.daisy.org/z3986/2005/ncx/";
    private readonly TempProject _output = TempProject.Empty();

    public void Dispose() => _output.Dispose();

    /// <summary>A book of the repository as the shared build made it (<see cref="RepositoryBuild"/>).</summary>
    private static (string Pdf, string Epub) Built(string book) =>
        (RepositoryBuild.PathOf($"{book}.pdf"), RepositoryBuild.PathOf($"{book}.epub"));

    private (string Pdf, string Epub) Build(string book, string folder, params string[] more) =>
        BuildIn(BuildTests.RepositoryRoot(), book, folder, more);

    private (string Pdf, string Epub) BuildIn(string root, string book, string folder, params string[] more)
    {
        var result = TempProject.RunIn(root, null, null,
            ["build", book, "--out", _output.PathOf(folder), .. more]);
        Assert.True(result.ExitCode == 0, result.ToString());
        return (_output.PathOf($"{folder}/{book}.pdf"), _output.PathOf($"{folder}/{book}.epub"));
    }

    [Theory]
    [InlineData("guide")]
    [InlineData("khojaly")]
    public void Every_pdf_page_is_listed_with_its_folio_and_its_marker_is_followed_by_the_words_at_its_top(string name)
    {
        var (pdfPath, epubPath) = Built(name);
        using var epub = ZipFile.OpenRead(epubPath);
        using var pdf = PdfDocument.Open(pdfPath);
        var page = new Project(BuildTests.RepositoryRoot()).LoadBook(name, null).Template.Page;
        var marginTop = page.MarginTop;

        var listed = PageList(epub);
        Assert.Equal(pdf.NumberOfPages, listed.Count);
        var labels = PdfLabels(pdf);
        var frontMatter = FrontMatterPages(pdf);
        Assert.True(frontMatter > 0, $"{name} has no front matter: this test means to check it");
        var textPages = 0;
        for (var n = 1; n <= pdf.NumberOfPages; n++)
        {
            var (label, href) = listed[n - 1];
            // The page's label in the PDF, which is also the folio printed at its foot, when it has one.
            Assert.Equal(labels[n - 1], label);
            Assert.Equal(label, MarkerLabel(epub, href));
            var folio = Footer(pdf.GetPage(n), page.MarginBottom);
            Assert.True(folio.Length == 0 || folio == label, $"page {n} is listed as '{label}' but its folio reads '{folio}'");
            if (n <= frontMatter)
            {
                // The cover, title page, imprint and contents have no chapter of their own: their markers
                // stand in the EPUB's front matter, or (the contents) at the top of the first chapter, with the
                // markers of the pages after them (no words between), before its text.
                Assert.True(!Split(href).File.StartsWith("text/", StringComparison.Ordinal)
                    || WordsAfterMarker(epub, href, 3) is var words
                    && (words.Count == 0 || Starts(BodyLines(pdf.GetPage(frontMatter + 1), marginTop), words)),
                    $"front-matter page {label} is marked inside a chapter's text: {href}");
                continue;
            }
            var lines = BodyLines(pdf.GetPage(n), marginTop);
            var after = WordsAfterMarker(epub, href, 3);
            if (lines.Count == 0)
            {
                // A blank page's marker stands with the next page's, or at the very end of its chapter.
                Assert.True(after.Count == 0 || n < pdf.NumberOfPages && BodyLines(pdf.GetPage(n + 1), marginTop) is { Count: > 0 } next
                    && Starts(next, after), $"page {n} is blank but its marker is followed by '{string.Join(" ", after)}'");
                continue;
            }
            textPages++;
            // A page that opens with a displayed formula: its words are MathML in the EPUB and glyphs on several
            // baselines in the PDF, which read differently; the marker stands right before the formula.
            if (FormulaAfterMarker(epub, href)) continue;
            Assert.True(Starts(lines, after),
                $"page {n}: the EPUB marker is followed by '{string.Join(" ", after)}', the PDF page begins " +
                $"'{string.Join(" / ", lines.Take(2).Select(l => string.Join(" ", l)))}'");
        }
        Assert.True(textPages >= (pdf.NumberOfPages - frontMatter) / 2);
        Assert.Contains("No errors or warnings detected", Tools.Epubcheck(epubPath));
    }

    [Fact]
    public void Each_front_matter_page_is_marked_in_the_epub_document_that_stands_for_it()
    {
        var (_, epubPath) = Built("guide");
        using var epub = ZipFile.OpenRead(epubPath);

        var files = PageList(epub).Take(7).Select(p => (p.Label, Split(p.Href).File)).ToList();

        // i, the typographic cover, is marked on the cover page that shows its picture; ii, its blank back,
        // goes with iii, the title page; iv is the imprint; v, the contents, and vi, their blank back, open the
        // first chapter, which the EPUB's own contents (its navigation document) lead to; 1 is its first page.
        const string chapter = "text/01-introduction.xhtml";
        Assert.Equal(
        [
            ("i", "cover.xhtml"), ("ii", "title-page.xhtml"), ("iii", "title-page.xhtml"), ("iv", "imprint.xhtml"),
            ("v", chapter), ("vi", chapter), ("1", chapter),
        ], files);
        // In each document the markers stand first, in page order, before its text.
        Assert.Matches("<body[^>]*>\\s*<span[^>]*id=\"print-page-4\"", Read(epub, "imprint.xhtml"));
        var text = Read(epub, chapter);
        Assert.True(text.IndexOf("print-page-5", StringComparison.Ordinal) < text.IndexOf("print-page-7", StringComparison.Ordinal));
        Assert.Contains("No errors or warnings detected", Tools.Epubcheck(epubPath));
    }

    /// <summary>
    /// A book of long paragraphs in two chapters: its pages break inside paragraphs whatever the
    /// template's widow and orphan rules, and it has contents, so its text is laid out more than once
    /// (the second time from the lines of the first) before the pages are counted.
    /// </summary>
    [Fact]
    public void A_page_that_begins_inside_a_paragraph_is_marked_before_its_first_word_not_before_the_paragraph()
    {
        using var project = TempProject.Empty();
        project.Write("content/long/book.yml", "title: Long Paragraphs\nlanguage: en\ntemplate: booklet\n");
        string[] vocabulary = ["river", "stone", "window", "garden", "letter", "morning", "harbour", "lantern", "valley", "orchard"];
        for (var c = 1; c <= 2; c++)
        {
            var text = new StringBuilder($"# Chapter {c}\n\n## Section {c}\n\n");
            for (var p = 0; p < 3; p++)
                text.Append(string.Join(" ", Enumerable.Range(0, 350).Select(i => $"{vocabulary[(i * 7 + p) % vocabulary.Length]}{i}"))).Append("\n\n");
            project.Write($"content/long/0{c}-chapter.md", text.ToString());
        }
        var (pdfPath, epubPath) = BuildIn(project.Root, "long", "long");
        Assert.Contains("Contents", Tools.PdfText(pdfPath));
        using var epub = ZipFile.OpenRead(epubPath);
        using var pdf = PdfDocument.Open(pdfPath);
        var marginTop = new Project(project.Root).LoadBook("long", null).Template.Page.MarginTop;
        var listed = PageList(epub);
        Assert.Equal(PdfLabels(pdf), listed.Select(p => p.Label));
        var inside = 0;
        for (var n = 1; n <= listed.Count; n++)
        {
            var (file, id) = Split(listed[n - 1].Href);
            var xhtml = Read(epub, file);
            var at = xhtml.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
            var open = xhtml.LastIndexOf("<p>", at, StringComparison.Ordinal);
            var close = xhtml.LastIndexOf("</p>", at, StringComparison.Ordinal);
            // Inside a paragraph, after words of it that belong to the page before.
            if (open < 0 || open < close || !WordRegex().IsMatch(xhtml[open..at])) continue;
            inside++;
            var after = WordsAfterMarker(epub, listed[n - 1].Href, 3);
            var lines = BodyLines(pdf.GetPage(n), marginTop);
            Assert.True(Starts(lines, after),
                $"page {n}: the EPUB marker is followed by '{string.Join(" ", after)}', the PDF page begins " +
                $"'{string.Join(" / ", lines.Take(2).Select(l => string.Join(" ", l)))}'");
        }
        Assert.True(inside >= 2, $"{inside} pages of the book are marked inside a paragraph");
        Assert.Contains("No errors or warnings detected", Tools.Epubcheck(epubPath));
    }

    [Fact]
    public void An_epub_built_alone_has_the_same_page_list_and_bytes_as_one_built_with_the_pdf()
    {
        var (_, both) = Built("guide");
        var (alonePdf, alone) = Build("guide", "alone", "--format", "epub");
        Assert.False(File.Exists(alonePdf));
        Assert.Equal(File.ReadAllBytes(both), File.ReadAllBytes(alone));
    }

    [Fact]
    public void The_package_names_the_print_source_and_the_ncx_lists_the_pages()
    {
        var (pdfPath, epubPath) = Built("khojaly");
        using var epub = ZipFile.OpenRead(epubPath);
        var pages = Tools.PdfPages(pdfPath);
        using var pdf = PdfDocument.Open(pdfPath);
        var labels = PdfLabels(pdf);
        var opf = XDocument.Parse(Read(epub, "package.opf"));
        XNamespace dc = "http://purl.org/dc/elements/1.1/";
        var identifier = opf.Descendants(dc + "identifier").Single().Value;
        var source = opf.Descendants(dc + "source").Single();
        Assert.Equal(identifier, source.Value);
        // EPUB 3.0.1's refinement says the pagination comes from that source: read by Ace, accepted by epubcheck 4.2.6.
        var refinement = opf.Descendants().Single(e => (string?)e.Attribute("refines") == "#" + (string?)source.Attribute("id"));
        Assert.Equal(("source-of", "pagination"), ((string?)refinement.Attribute("property"), refinement.Value));
        var features = opf.Descendants().Where(e => (string?)e.Attribute("property") == "schema:accessibilityFeature")
            .Select(e => e.Value).ToList();
        Assert.Contains("pageBreakMarkers", features);
        Assert.Contains("pageNavigation", features);

        var ncx = XDocument.Parse(Read(epub, "toc.ncx"));
        var targets = ncx.Descendants(Ncx + "pageTarget").ToList();
        // Each page named as the PDF names it; the text's pages are "normal" and numbered, the front
        // matter's (i, ii…) are "front" and have no number (value is an integer in the NCX).
        Assert.True(FrontMatterPages(pdf) > 0);
        Assert.Equal(labels, targets.Select(t => t.Element(Ncx + "navLabel")!.Element(Ncx + "text")!.Value));
        Assert.Equal(labels.Select(l => l.All(char.IsAsciiDigit) ? "normal" : "front"), targets.Select(t => (string?)t.Attribute("type")));
        Assert.Equal(labels.Select(l => l.All(char.IsAsciiDigit) ? l : null), targets.Select(t => (string?)t.Attribute("value")));
        Assert.Equal(PageList(epub).Select(p => p.Href), targets.Select(t => (string)t.Element(Ncx + "content")!.Attribute("src")!));
        Assert.Equal(pages.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ncx.Descendants(Ncx + "meta").Single(m => (string?)m.Attribute("name") == "dtb:totalPageCount").Attribute("content")!.Value);
    }

    /// <summary>The page-list of the navigation document: each page's label and link.</summary>
    private static List<(string Label, string Href)> PageList(ZipArchive epub)
    {
        var nav = XDocument.Parse(Read(epub, "nav.xhtml"));
        var list = nav.Descendants(Xhtml + "nav").Single(n => (string?)n.Attribute(Ops + "type") == "page-list");
        return list.Descendants(Xhtml + "a").Select(a => (a.Value, (string)a.Attribute("href")!)).ToList();
    }

    /// <summary>
    /// The label a PDF viewer shows for each page, from the catalog's /PageLabels (ISO 32000-1, 12.4.2):
    /// each range's prefix, then its number (from /St, 1 by default) in its style. Without
    /// /PageLabels, a viewer numbers the pages 1, 2…
    /// </summary>
    private static List<string> PdfLabels(PdfDocument pdf)
    {
        var numbers = Enumerable.Range(1, pdf.NumberOfPages).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var ranges = LabelRanges(pdf);
        if (ranges.Count == 0) return numbers.ToList();
        return Enumerable.Range(0, pdf.NumberOfPages).Select(index =>
        {
            var range = ranges.Last(r => r.Index <= index);
            var n = range.Start + index - range.Index;
            return range.Prefix + range.Style switch
            {
                "D" => n.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "r" => Roman(n).ToLowerInvariant(),
                "R" => Roman(n),
                "a" => new string((char)('a' + (n - 1) % 26), (n - 1) / 26 + 1),
                "A" => new string((char)('A' + (n - 1) % 26), (n - 1) / 26 + 1),
                _ => "",
            };
        }).ToList();
    }

    /// <summary>How many pages, from the first, the PDF numbers as front matter: those before its first range of decimal labels.</summary>
    private static int FrontMatterPages(PdfDocument pdf) =>
        LabelRanges(pdf).FirstOrDefault(r => r.Style == "D").Index;

    private static List<(int Index, string? Style, int Start, string Prefix)> LabelRanges(PdfDocument pdf)
    {
        var catalog = pdf.Structure.Catalog.CatalogDictionary;
        if (!catalog.Data.TryGetValue("PageLabels", out var token)) return [];
        var tree = Assert.IsType<DictionaryToken>(token);
        // A flat number tree (no /Kids): what a book's few ranges need.
        var nums = Assert.IsType<ArrayToken>(tree.Data["Nums"]);
        var ranges = new List<(int, string?, int, string)>();
        for (var i = 0; i + 1 < nums.Length; i += 2)
        {
            var range = Assert.IsType<DictionaryToken>(nums[i + 1]);
            ranges.Add((((NumericToken)nums[i]).Int,
                range.Data.TryGetValue("S", out var s) ? ((NameToken)s).Data : null,
                range.Data.TryGetValue("St", out var st) ? ((NumericToken)st).Int : 1,
                range.Data.TryGetValue("P", out var prefix) ? ((StringToken)prefix).Data : ""));
        }
        return ranges;
    }

    private static string Roman(int number)
    {
        (int Value, string Letters)[] numerals =
            [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
             (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var text = new StringBuilder();
        foreach (var (value, letters) in numerals)
            for (; number >= value; number -= value) text.Append(letters);
        return text.ToString();
    }

    /// <summary>The words below a page's text area: its folio, if it has one.</summary>
    private static string Footer(UglyToad.PdfPig.Content.Page page, double marginBottom) =>
        string.Join(" ", page.GetWords().Where(w => w.BoundingBox.Top < marginBottom).Select(w => w.Text));

    /// <summary>The label the marker itself gives (aria-label), which a reading system may show.</summary>
    private static string? MarkerLabel(ZipArchive epub, string href)
    {
        var (file, id) = Split(href);
        var marker = XDocument.Parse(Read(epub, file)).Descendants().Single(e => (string?)e.Attribute("id") == id);
        return (string?)marker.Attribute("aria-label");
    }

    /// <summary>The first <paramref name="count"/> words after a marker in reading order, up to the next marker or the file's end.</summary>
    /// <summary>Whether the element after the marker is a displayed formula (MathML).</summary>
    private static bool FormulaAfterMarker(ZipArchive epub, string href)
    {
        var (file, id) = Split(href);
        var document = XDocument.Parse(Read(epub, file), LoadOptions.PreserveWhitespace);
        var marker = document.Root!.Descendants().Single(e => (string?)e.Attribute("id") == id);
        var next = marker.ElementsAfterSelf().FirstOrDefault() ?? marker.Parent?.ElementsAfterSelf().FirstOrDefault();
        static bool Equation(XElement? e) => e is not null && (e.Name.LocalName == "math" || (string?)e.Attribute("class") == "equation");
        // A $$ block's div, or a paragraph that is only a numbered $$…$$.
        return Equation(next) || next?.Name.LocalName == "p" && Equation(next.Elements().FirstOrDefault());
    }

    private static List<string> WordsAfterMarker(ZipArchive epub, string href, int count)
    {
        var (file, id) = Split(href);
        var document = XDocument.Parse(Read(epub, file), LoadOptions.PreserveWhitespace);
        var nodes = document.Root!.DescendantNodes().ToList();
        var marker = nodes.OfType<XElement>().Single(e => (string?)e.Attribute("id") == id);
        Assert.Equal("pagebreak", (string?)marker.Attribute(Ops + "type"));
        Assert.Equal("doc-pagebreak", (string?)marker.Attribute("role"));
        var text = new StringBuilder();
        foreach (var node in nodes.Skip(nodes.IndexOf(marker) + 1))
        {
            if (node is XElement e)
            {
                if ((string?)e.Attribute(Ops + "type") == "pagebreak") break;
                // Block elements end words; inline ones (a note's number, code) do not.
                if (BlockRegex().IsMatch(e.Name.LocalName)) text.Append(' ');
            }
            // A note's number is set raised in the PDF, on no line of the text; it is left out on both sides.
            else if (node is XText t && !t.Ancestors().Any(a => (string?)a.Attribute(Ops + "type") == "noteref")) text.Append(t.Value);
            if (Words(text.ToString()).Count > count) break;
        }
        return Words(text.ToString()).Take(count).ToList();
    }

    /// <summary>The lines of a PDF page's text area (the running head above it left out), as words, top to bottom.</summary>
    private static List<List<string>> BodyLines(UglyToad.PdfPig.Content.Page page, double marginTop)
    {
        var words = page.GetWords().Where(w => page.Height - w.BoundingBox.Top >= marginTop - 2).ToList();
        if (words.Count == 0) return [];
        // Raised note numbers are smaller than the text and stand above its lines: left out.
        var size = words.Select(w => w.Letters[0].PointSize).Order().ElementAt(words.Count / 2);
        words.RemoveAll(w => w.Text.All(char.IsAsciiDigit) && w.Letters[0].PointSize < size * 0.8);
        // Words on one line share their baseline (give or take a raised note number).
        return words.GroupBy(w => Math.Round(w.BoundingBox.Bottom / 3))
            .OrderByDescending(g => g.Key)
            .Select(g => g.OrderBy(w => w.BoundingBox.Left).SelectMany(w => Words(w.Text)).ToList())
            .Where(l => l.Count > 0)
            .ToList();
    }

    /// <summary>
    /// Whether <paramref name="words"/> begin the page: its first line, or its second when the first is
    /// a table's repeated header; a list bullet or a code line's continuation arrow is not text.
    /// </summary>
    private static bool Starts(List<List<string>> lines, List<string> words)
    {
        if (words.Count == 0) return false;
        foreach (var line in lines.Take(2))
        {
            var text = string.Join(" ", lines.SkipWhile(l => l != line).SelectMany(l => l).SkipWhile(w => MarkRegex().IsMatch(w)));
            if (text.StartsWith(string.Join(" ", words), StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static List<string> Words(string text) =>
        text.Normalize(NormalizationForm.FormKC).Split([' ', '\t', '\n', '\r', '\u00a0'], StringSplitOptions.RemoveEmptyEntries).ToList();

    private static (string File, string Id) Split(string href) => (href[..href.IndexOf('#')], href[(href.IndexOf('#') + 1)..]);

    private static string Read(ZipArchive epub, string path)
    {
        using var reader = new StreamReader(epub.GetEntry("EPUB/" + path)!.Open());
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"^([•–◦·↪☐☑]|\d+[.)])$")] private static partial Regex MarkRegex();
    [GeneratedRegex(@">[^<]*\w[^<]*<|^[^<]*\w")] private static partial Regex WordRegex();
    [GeneratedRegex("^(p|li|td|th|h[1-6]|pre|div|figure|figcaption|tr|br|section|aside|dt|dd|blockquote|hr)$")] private static partial Regex BlockRegex();
}
