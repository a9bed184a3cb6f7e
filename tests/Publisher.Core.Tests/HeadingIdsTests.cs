using Markdig.Renderers.Html;
using Markdig.Syntax;
using Publisher.Core.Books;

namespace Publisher.Core.Tests;

/// <summary>Heading ids as GitHub makes them by default, Publisher's earlier rule on request; links are checked against the same ids.</summary>
public sealed class HeadingIdsTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private Book Load(string chapter, string extra = "") => _folder.LoadBook(chapter, TestFolder.MinimalBookYml + extra);

    private static string[] Ids(Book book) =>
        book.Chapters[0].Document.Descendants<HeadingBlock>().Select(h => h.GetAttributes().Id!).ToArray();

    [Fact]
    public void Headings_get_GitHubs_ids_by_default_and_links_to_them_pass()
    {
        var book = Load("# Node.js and more\n\n## `fs.rmdir(path)`: C# & F#\n\nSee [here](#nodejs-and-more) and [there](#fsrmdirpath-c--f).\n");
        Assert.Equal(["nodejs-and-more", "fsrmdirpath-c--f"], Ids(book));
    }

    [Fact]
    public void The_classic_rule_keeps_dots_when_book_yml_asks_for_it()
    {
        var book = Load("# Node.js and more\n\nSee [here](#node.js-and-more).\n", "heading-ids: classic\n");
        Assert.Equal(["node.js-and-more"], Ids(book));
    }

    [Fact]
    public void A_link_by_the_other_rule_is_still_a_broken_link()
    {
        var error = Expect.Failure(() => Load("# Node.js\n\nSee [here](#node.js).\n"));
        Assert.Equal("content/b/01-one.md:3:5: error PUB040: link to '#node.js', but this chapter has no heading with that id (did you mean 'nodejs'?)", error);
    }

    [Fact]
    public void An_unknown_rule_is_refused_with_the_choices()
    {
        var error = Expect.Failure(() => Load("# One\n", "heading-ids: gitlab\n"));
        Assert.Equal("content/b/book.yml:3:14: error PUB003: 'heading-ids': 'gitlab' is not one of github, classic (did you mean 'github'?)", error);
    }
}
