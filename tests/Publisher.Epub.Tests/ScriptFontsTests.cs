using Publisher.Core.Books;

namespace Publisher.Epub.Tests;

/// <summary>
/// Text in scripts the template's fonts lack (Arabic, Chinese) is drawn in the EPUB by subsets of the faces print
/// takes them from, declared as more faces of the template's family for those characters only: a reading system
/// without such fonts still shows the text. Needs fonts-noto-core and fonts-noto-cjk (installed by .ci/run).
/// </summary>
public sealed class ScriptFontsTests
{
    private static readonly Lazy<EpubFile> Built = new(() =>
    {
        var root = Directory.CreateTempSubdirectory("publisher-scripts-").FullName;
        var book = Path.Combine(root, "content", "scripts");
        Directory.CreateDirectory(book);
        File.WriteAllText(Path.Combine(book, "book.yml"), "title: Scripts\nlanguage: en\nchapters: [01.md, 02.md]\n");
        File.WriteAllText(Path.Combine(book, "01.md"), "# Scripts\n\nArabic: كتاب. Chinese: 中文的书。 **Bold: 书**\n");
        File.WriteAllText(Path.Combine(book, "02.md"), "---\nlang: he\n---\n\n# עברית\n\nספר.\n");
        return new EpubFile(TestBooks.Build(new Project(root).LoadBook("scripts", TestBooks.Epoch)));
    });

    private static string Css => Built.Value.Text("EPUB/style.css");

    [Fact]
    public void Arabic_and_chinese_come_with_subsets_of_the_installed_faces_print_uses()
    {
        var files = Built.Value.ManifestItems.Select(i => Path.GetFileName(i.Href)).ToList();
        Assert.Contains("NotoNaskhArabic-Regular.ttf", files);
        // Noto Serif CJK SC is the third face of the collection: its own font file in the EPUB.
        Assert.Contains(files, f => f.StartsWith("NotoSerifCJK-Regular-", StringComparison.Ordinal));
        Assert.Contains(files, f => f.StartsWith("NotoSerifCJK-Bold-", StringComparison.Ordinal));
    }

    [Fact]
    public void A_stand_in_face_serves_the_template_family_for_its_characters_only()
    {
        var rule = Css.Split("@font-face").Single(r => r.Contains("NotoNaskhArabic-Regular.ttf"));
        Assert.Contains("font-family: \"publisher-serif\";", rule);
        Assert.Contains("font-weight: normal;", rule);
        // ك ت ا ب and the full stop's neighbours: only the Arabic letters the text has.
        Assert.Contains("unicode-range: U+627, U+628, U+62A, U+643;", rule.Replace("U+627-628", "U+627, U+628"));
    }

    [Fact]
    public void A_chapter_in_its_own_language_says_so_and_a_right_to_left_one_gives_its_direction()
    {
        var pages = Built.Value.Entries.Where(e => e.Key.EndsWith(".xhtml") && e.Key.Contains("text/")).OrderBy(e => e.Key).ToList();
        var hebrew = Built.Value.Text(pages.Single(p => Built.Value.Text(p.Key).Contains("עברית")).Key);
        Assert.Contains("lang=\"he\" xml:lang=\"he\" dir=\"rtl\"", hebrew);
        var english = Built.Value.Text(pages.Single(p => Built.Value.Text(p.Key).Contains("Arabic:")).Key);
        Assert.Contains("lang=\"en\" xml:lang=\"en\">", english);
    }

    [EpubcheckFact]
    public void The_book_passes_epubcheck()
    {
        var result = Epubcheck.Check(Built.Value.Bytes, "scripts");
        Assert.True(result.IsClean, result.ToString());
    }
}
