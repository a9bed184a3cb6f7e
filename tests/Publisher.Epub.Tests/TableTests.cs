using System.Xml.Linq;
using Publisher.Core.Books;

namespace Publisher.Epub.Tests;

/// <summary>Pipe and grid tables in the EPUB: valid XHTML that holds every cell, styled from the template.</summary>
public class TableTests
{
    private const string Chapter = """
        # Tables

        | Fruit | Count | Colour |
        |:------|------:|:------:|
        | apple | 3     | red    |
        | pear  | 15    | green  |

        +---------+---------+---------+
        | Name    | First   | Second  |
        +=========+=========+=========+
        | wide    | spans both columns|
        +---------+---------+---------+
        | list    | - one   | para    |
        |         | - two   |         |
        |         |         | another |
        +---------+---------+---------+

        |   |   |
        |---|---|
        | no header | b |
        """;

    private static readonly Lazy<EpubFile> Built = new(() => new EpubFile(TestBooks.Build(Load())));

    private static Book Load()
    {
        var root = Directory.CreateTempSubdirectory("publisher-epub-tables-").FullName;
        var book = Directory.CreateDirectory(Path.Combine(root, "content", "tables")).FullName;
        File.WriteAllText(Path.Combine(book, "book.yml"), "title: Tables\nlanguage: en\n");
        File.WriteAllText(Path.Combine(book, "tables.md"), Chapter);
        // The repository's templates, as a user's project would hold them.
        var templates = Path.Combine(TestBooks.RepoRoot, "templates");
        foreach (var file in Directory.EnumerateFiles(templates, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(root, "templates", Path.GetRelativePath(templates, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(root, recursive: true); } catch (IOException) { }
        };
        return new Project(root).LoadBook("tables", TestBooks.Epoch);
    }

    private static XName X(string name) => EpubFile.Xhtml + name;

    private static List<XElement> Tables => Built.Value.Xml("EPUB/text/tables.xhtml").Descendants(X("table")).ToList();

    /// <summary>Each row's cells as text; the blocks inside a cell (paragraphs, list items) one space apart.</summary>
    private static List<List<string>> Cells(XElement table) => table.Descendants(X("tr"))
        .Select(tr => tr.Elements().Select(cell => EpubFile.CollapseSpace(
            string.Join(" ", cell.DescendantNodes().OfType<XText>().Select(t => t.Value)))).ToList()).ToList();

    [EpubcheckFact]
    public void A_book_with_pipe_and_grid_tables_passes_epubcheck()
    {
        var result = Epubcheck.Check(Built.Value.Bytes, "tables");
        Assert.True(result is { Fatals: 0, Errors: 0, Warnings: 0 }, result.ToString());
    }

    [Fact]
    public void A_pipe_tables_header_and_cells_stand_in_order_with_their_alignment()
    {
        var table = Tables[0];
        Assert.Equal([["Fruit", "Count", "Colour"], ["apple", "3", "red"], ["pear", "15", "green"]], Cells(table));
        var header = table.Element(X("thead"))!.Descendants(X("th")).ToList();
        Assert.Equal(3, header.Count);
        Assert.All(header, th => Assert.Equal("col", th.Attribute("scope")?.Value));
        Assert.Equal(2, table.Element(X("tbody"))!.Elements(X("tr")).Count());
        var styles = table.Descendants(X("tr")).Select(tr => tr.Elements().Select(c => c.Attribute("style")?.Value).ToList());
        Assert.All(styles, s => Assert.Equal(["text-align: left;", "text-align: right;", "text-align: center;"], s));
    }

    [Fact]
    public void A_grid_table_keeps_its_spans_and_cell_blocks_and_takes_no_widths_from_the_source()
    {
        var table = Tables[1];
        Assert.Equal([["Name", "First", "Second"], ["wide", "spans both columns"], ["list", "one two", "para another"]],
            Cells(table));
        Assert.Equal("2", table.Descendants(X("td")).Single(td => td.Value == "spans both columns").Attribute("colspan")?.Value);
        var cells = table.Descendants(X("tr")).Last().Elements(X("td")).ToList();
        Assert.Equal(["one", "two"], cells[1].Descendants(X("li")).Select(li => li.Value));
        Assert.Equal(["para", "another"], cells[2].Elements(X("p")).Select(p => p.Value));
        // Columns are sized by their content, as in print: the dashes' proportions are not kept.
        Assert.Empty(table.Descendants(X("col")));
    }

    [Fact]
    public void A_header_of_empty_cells_is_left_out()
    {
        var table = Tables[2];
        Assert.Equal([["no header", "b"]], Cells(table));
        Assert.Empty(table.Descendants(X("thead")));
    }

    [Fact]
    public void The_stylesheet_rules_tables_with_the_templates_values()
    {
        // templates/booklet/template.yml: table 0.9em of the 10pt body, 2.5pt 5pt padding,
        // 0.6pt rules above and below, 0.4pt under the header, #4a4a4a, bold header.
        var epub = Built.Value;
        var css = epub.Text(EpubFile.Resolve(epub.PackagePath, epub.ManifestItems.Single(i => i.MediaType == "text/css").Href));
        var table = Rule(css, "table");
        Assert.Contains("font-size: 9pt;", table);
        Assert.Contains("border-top: 0.6pt solid #4a4a4a;", table);
        Assert.Contains("border-bottom: 0.6pt solid #4a4a4a;", table);
        Assert.Contains("border-bottom: 0.4pt solid #4a4a4a;", Rule(css, "thead"));
        Assert.Contains("padding: 2.5pt 5pt;", Rule(css, "th, td"));
        Assert.Contains("text-align: start;", Rule(css, "th, td"));
        Assert.Contains("font-weight: bold;", Rule(css, "th"));
        Assert.DoesNotContain("border-left", css);
    }

    private static string Rule(string css, string selector)
    {
        var start = css.IndexOf("\n" + selector + " {", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no rule for {selector}");
        return css[start..css.IndexOf('}', start)];
    }
}
