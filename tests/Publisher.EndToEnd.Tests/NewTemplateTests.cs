using UglyToad.PdfPig;

namespace Publisher.EndToEnd.Tests;

/// <summary><c>publisher new-template</c>: a copy of a template that a book can use and the user can change.</summary>
public sealed class NewTemplateTests
{
    [Fact]
    public void A_copy_of_the_booklet_with_its_fonts_builds_a_book_and_takes_changes()
    {
        using var project = TempProject.From("content-only");
        var result = project.RunProcess(null, "new-template", "mine", "--from", "booklet");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("created templates/mine/template.yml", result.Out);
        // The booklet names its fonts as ../fonts/...: they are copied there, with their licences.
        Assert.Contains("templates/fonts/NotoSerif-Regular.ttf", project.Files("templates"));
        Assert.Contains("templates/fonts/OFL-NotoSerif.txt", project.Files("templates"));

        var template = project.PathOf("templates/mine/template.yml");
        File.WriteAllText(template, File.ReadAllText(template).Replace("size: A5 ", "size: A4 "));
        var yml = project.PathOf("content/sample/book.yml");
        File.WriteAllText(yml, File.ReadAllText(yml).Replace("template: booklet", "template: mine"));

        var build = project.RunProcess(null, "build", "--format", "pdf");
        Assert.True(build.ExitCode == 0, build.ToString());
        using var pdf = PdfDocument.Open(project.PathOf("out/sample.pdf"));
        Assert.Equal(595, pdf.GetPage(1).Width, 0);   // the change took: A4, not the booklet's A5
    }

    [Fact]
    public void A_template_that_extends_another_is_copied_with_its_extends()
    {
        using var project = TempProject.From("content-only");
        var result = project.Run("new-template", "paperback", "--from", "book");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("# The book template", File.ReadAllText(project.PathOf("templates/paperback/template.yml")));
        var yml = project.PathOf("content/sample/book.yml");
        File.WriteAllText(yml, File.ReadAllText(yml).Replace("template: booklet", "template: paperback"));
        Assert.Equal(0, project.Run("build", "--format", "pdf").ExitCode);
    }

    [Fact]
    public void An_existing_folder_is_never_overwritten()
    {
        using var project = TempProject.From("content-only");
        project.Write("templates/mine/template.yml", "# mine\n");
        var result = project.Run("new-template", "mine");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error: templates/mine/ already exists", result.Err);
        Assert.Equal("# mine\n", File.ReadAllText(project.PathOf("templates/mine/template.yml")));
    }

    [Fact]
    public void An_unknown_source_template_names_the_nearest_one()
    {
        using var project = TempProject.From("content-only");
        var result = project.Run("new-template", "mine", "--from", "boklet");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("unknown template 'boklet'", result.Err);
        Assert.Contains("'booklet'", result.Err);
        Assert.Empty(project.Files("templates"));
    }

    [Fact]
    public void A_name_that_is_not_a_folder_name_is_refused()
    {
        using var project = TempProject.From("content-only");
        var result = project.Run("new-template", "../escape");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("is not a template name", result.Err);
        Assert.Empty(project.Files("templates"));
    }
}
