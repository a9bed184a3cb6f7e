namespace Publisher.EndToEnd.Tests;

/// <summary>
/// A template whose text colours do not stand out enough from their background (WCAG 2 AA) gets a warning,
/// PUB023, at the colour's line in its template.yml, from build and check alike; the books are still built.
/// </summary>
public sealed class TemplateContrastTests
{
    private const string Warning = "templates/pale/template.yml:3:10: warning PUB023: 'body.color': body text in #aaaaaa " +
        "on #ffffff (the page) has a contrast of 2.32:1; text of 10pt needs more than 4.5:1 (WCAG 2 AA): the nearest " +
        "colour that passes (there and on the mark tint) is #6c6c6c";

    private static TempProject PaleProject()
    {
        var project = TempProject.From("content-only");
        project.Write("templates/pale/template.yml", "extends: booklet\nbody:\n  color: \"#aaaaaa\"\n");
        var manifest = System.Text.Encoding.UTF8.GetString(project.Read("content/sample/book.yml")).Replace("template: booklet", "template: pale");
        project.Write("content/sample/book.yml", manifest);
        project.Write("content/second/book.yml", "title: Second\nlanguage: en\ntemplate: pale\n");
        project.Write("content/second/01-one.md", "# One\n\nA paragraph.\n");
        return project;
    }

    [Fact]
    public void A_build_warns_once_at_the_colours_line_and_builds_every_book_that_uses_the_template()
    {
        using var project = PaleProject();

        var result = project.Run("build", "--format", "epub");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal([Warning], result.ErrLines);
        Assert.True(File.Exists(project.PathOf("out/second.epub")) && File.Exists(project.PathOf("out/sample.epub")));
    }

    [Fact]
    public void Check_names_it_for_each_book_that_uses_the_template()
    {
        using var project = PaleProject();

        var result = project.Run("check");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal([Warning, Warning], result.ErrLines);
        Assert.Equal(["sample: 0 errors, 1 warning", "second: 0 errors, 1 warning"], result.OutLines);
    }
}
