using System.Xml.Linq;
using Publisher.Core.Books;

namespace Publisher.Epub.Tests;

/// <summary>Footnotes in the EPUB: references and notes marked up as reading systems expect, every link resolving.</summary>
public class FootnoteTests
{
    private static readonly Lazy<EpubFile> Epub = new(() => new EpubFile(TestBooks.Build(Load())));

    private static Book Load()
    {
        var root = Directory.CreateTempSubdirectory("publisher-epub-footnotes-").FullName;
        var book = Path.Combine(root, "content", "notes");
        Directory.CreateDirectory(book);
        File.WriteAllText(Path.Combine(book, "book.yml"), "title: Notes\nlanguage: en\n");
        File.WriteAllText(Path.Combine(book, "01-one.md"), """
            # One

            The first call.[^zed] A second note.[^alpha] The first note called again.[^zed]

            [^alpha]: Alpha note, defined first, called second.
            [^zed]: Zed note, with *emphasis*.

                And a second paragraph.
            """);
        File.WriteAllText(Path.Combine(book, "02-two.md"), """
            # Two

            Numbering starts again.[^n]

            [^n]: - a note that is a list
            """);
        // The repository's templates beside the book, as in a user's project.
        foreach (var file in Directory.EnumerateFiles(Path.Combine(TestBooks.RepoRoot, "templates"), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(root, Path.GetRelativePath(TestBooks.RepoRoot, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return new Project(root).LoadBook("notes", TestBooks.Epoch);
    }

    private static XElement Body(string chapter) =>
        Epub.Value.Xml(Epub.Value.Spine.Single(p => p.EndsWith(chapter + ".xhtml", StringComparison.Ordinal)))
            .Descendants(EpubFile.Xhtml + "body").Single();

    private static string? EpubType(XElement e) => (string?)e.Attribute(EpubFile.Ops + "type");

    private static IEnumerable<XElement> NoteRefs(XElement body) =>
        body.Descendants(EpubFile.Xhtml + "a").Where(a => EpubType(a) == "noteref");

    private static IEnumerable<XElement> Footnotes(XElement body) =>
        body.Descendants(EpubFile.Xhtml + "aside").Where(a => EpubType(a) == "footnote");

    private static XElement ById(XElement body, string href)
    {
        Assert.StartsWith("#", href);
        return Assert.Single(body.Descendants(), e => (string?)e.Attribute("id") == href[1..]);
    }

    [Fact]
    public void References_are_noterefs_that_lead_to_footnote_asides_numbered_in_calling_order()
    {
        var body = Body("01-one");
        var refs = NoteRefs(body).ToList();
        Assert.Equal(["1", "2", "1"], refs.Select(r => r.Value));
        Assert.All(refs, r => Assert.Equal("doc-noteref", (string?)r.Attribute("role")));
        Assert.Equal(refs.Count, refs.Select(r => (string?)r.Attribute("id")).Distinct().Count());

        var notes = Footnotes(body).ToList();
        Assert.Equal(2, notes.Count);
        foreach (var reference in refs)
        {
            var note = ById(body, (string)reference.Attribute("href")!);
            Assert.Equal("aside", note.Name.LocalName);
            Assert.Equal("footnote", EpubType(note));
            // The note opens with the number its reference shows.
            Assert.StartsWith(reference.Value + " ", EpubFile.CollapseSpace(note.Value));
        }
        Assert.StartsWith("1 Zed note, with emphasis.", EpubFile.CollapseSpace(notes[0].Value));
        Assert.Contains("And a second paragraph.", notes[0].Value);
        Assert.StartsWith("2 Alpha note", EpubFile.CollapseSpace(notes[1].Value));
    }

    [Fact]
    public void Every_note_links_back_to_its_references_and_every_reference_is_linked_back_to()
    {
        var body = Body("01-one");
        var backs = new List<string>();
        foreach (var note in Footnotes(body))
        {
            var links = note.Descendants(EpubFile.Xhtml + "a").Where(a => (string?)a.Attribute("role") == "doc-backlink").ToList();
            Assert.NotEmpty(links);
            foreach (var back in links)
            {
                var href = (string)back.Attribute("href")!;
                var reference = ById(body, href);
                Assert.Equal("noteref", EpubType(reference));
                Assert.Equal("#" + (string?)note.Attribute("id"), (string?)reference.Attribute("href"));
                backs.Add(href);
            }
        }
        Assert.Equal(NoteRefs(body).Select(r => "#" + (string?)r.Attribute("id")).Order(), backs.Order());
        // The note called twice has two ways back: its number, and an arrow for the second call.
        Assert.Equal(2, Footnotes(body).First().Descendants(EpubFile.Xhtml + "a").Count(a => (string?)a.Attribute("role") == "doc-backlink"));
    }

    [Fact]
    public void Numbering_starts_again_in_each_chapter_and_a_note_may_open_with_a_list()
    {
        var body = Body("02-two");
        var reference = Assert.Single(NoteRefs(body));
        Assert.Equal("1", reference.Value);
        var note = ById(body, (string)reference.Attribute("href")!);
        // The number stands on its own line above the list, and nothing follows the list.
        Assert.Equal(["p", "ul"], note.Elements().Select(e => e.Name.LocalName));
        Assert.Equal("1", note.Elements().First().Value);
        Assert.Equal("a note that is a list", Assert.Single(note.Descendants(EpubFile.Xhtml + "li")).Value);
    }

    [Fact]
    public void The_stylesheet_sets_references_and_notes_from_the_template()
    {
        var epub = Epub.Value;
        var css = epub.Text(EpubFile.Resolve(epub.PackagePath, epub.ManifestItems.Single(i => i.MediaType == "text/css").Href));
        // templates/booklet/template.yml: notes 8pt on 10.5pt, references 0.7em raised 0.35em, rule 30%.
        Assert.Contains("font-size: 0.7em;", Rule(css, "a.noteref sup"));
        Assert.Contains("vertical-align: 0.5em;", Rule(css, "a.noteref sup"));
        Assert.Contains("font-size: 8pt;", Rule(css, "aside.footnote"));
        Assert.Contains("width: 30%;", Rule(css, "section.footnotes::before"));
    }

    [EpubcheckFact]
    public void A_book_with_footnotes_passes_epubcheck_without_errors_or_warnings()
    {
        var result = Epubcheck.Check(Epub.Value.Bytes, "notes");
        Assert.True(result is { Fatals: 0, Errors: 0, Warnings: 0 }, result.ToString());
    }

    private static string Rule(string css, string selector)
    {
        var start = css.IndexOf("\n" + selector + " {", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no rule for {selector}");
        return css[start..css.IndexOf('}', start)];
    }
}
