using Publisher.Core.Diagnostics;
using Publisher.Core.Templates;

namespace Publisher.Core.Tests;

/// <summary>A template that <c>extends:</c> another changes some keys and keeps the rest.</summary>
public sealed class TemplateExtendsTests : IDisposable
{
    private readonly TestFolder _folder = new();
    private static readonly SourceLocation Book = new("content/b/book.yml", 3, 11);

    public void Dispose() => _folder.Dispose();

    private Template Load(string name) => new TemplateLocator(_folder.Root).Load(name, Book);

    [Fact]
    public void A_child_overrides_the_keys_it_gives_and_inherits_the_others_from_the_shipped_booklet()
    {
        _folder.Write("templates/large/template.yml", """
            extends: booklet
            body:
              size: 12pt
            page:
              margins:
                outer: 25mm
            """);
        var booklet = Load("booklet");
        var large = Load("large");

        Assert.Equal(12, large.Body.Text.Size);
        Assert.Equal(booklet.Body.Text.Leading, large.Body.Text.Leading);   // not given: the booklet's
        Assert.Equal(25 / 25.4 * 72, large.Page.MarginOuter, 3);
        Assert.Equal(booklet.Page.MarginInner, large.Page.MarginInner);    // a sibling key in the same mapping
        Assert.Equal(booklet.Page.Width, large.Page.Width);
        // Fonts named in the shipped booklet are found beside it, not beside templates/large.
        Assert.Equal(booklet.Fonts["serif"].Regular, large.Fonts["serif"].Regular);
        Assert.True(File.Exists(large.Fonts["serif"].Regular));
    }

    [Fact]
    public void A_project_template_may_extend_the_shipped_one_of_the_same_name()
    {
        _folder.Write("templates/booklet/template.yml", "extends: booklet\npage: { pad-to: 1 }\n");
        var template = Load("booklet");
        Assert.Equal(1, template.Page.PadTo);
        Assert.Equal(148 / 25.4 * 72, template.Page.Width, 1);
    }

    [Fact]
    public void An_unknown_key_in_the_child_names_the_childs_file_and_the_nearest_key()
    {
        _folder.Write("templates/large/template.yml", "extends: booklet\nbody:\n  sise: 12pt\n");
        var error = Expect.Failure(() => Load("large"));
        Assert.StartsWith("templates/large/template.yml:3:3: error PUB002: unknown key 'body.sise'", error);
        Assert.Contains("'size'", error);
    }

    [Fact]
    public void A_bad_value_in_the_child_is_reported_where_the_child_gives_it()
    {
        _folder.Write("templates/large/template.yml", "extends: booklet\nbody:\n  align: justified\n");
        var error = Expect.Failure(() => Load("large"));
        Assert.StartsWith("templates/large/template.yml:3:10: error PUB003:", error);
    }

    [Fact]
    public void A_page_too_small_for_its_margins_is_reported_where_the_child_changed_it()
    {
        // The child's size with the booklet's margins: the size is what the child changed.
        _folder.Write("templates/small/template.yml", "extends: booklet\npage:\n  size: 2in 2in\n");
        Assert.Equal("templates/small/template.yml:3:9: error PUB003: 'page.size': '2in 2in' leaves less than one inch " +
            "for the text inside the margins ('page.margins' at (built-in) templates/booklet/template.yml:13:5)",
            Expect.Failure(() => Load("small")));

        // A child that gives margins too: they are what leaves no room.
        _folder.Write("templates/narrow/template.yml", "extends: booklet\npage:\n  size: 2.5in 3in\n  margins:\n    inner: 1in\n");
        Assert.Equal("templates/narrow/template.yml:5:5: error PUB003: 'page.margins' leave less than one inch for the text",
            Expect.Failure(() => Load("narrow")));
    }

    [Fact]
    public void Extending_an_unknown_template_is_an_error_at_the_extends_key()
    {
        _folder.Write("templates/large/template.yml", "extends: boklet\n");
        var error = Expect.Failure(() => Load("large"));
        Assert.StartsWith("templates/large/template.yml:1:10: error PUB020: 'extends': unknown template 'boklet'", error);
        Assert.Contains("'booklet'", error);
    }

    [Fact]
    public void Templates_extending_each_other_in_a_circle_is_an_error_not_a_hang()
    {
        _folder.Write("templates/a/template.yml", "extends: b\n");
        _folder.Write("templates/b/template.yml", "extends: a\n");
        var error = Expect.Failure(() => Load("a"));
        Assert.Contains("error PUB020", error);
        Assert.Contains("circle", error);
    }
}
