using Publisher.Core.Diagnostics;
using Publisher.Core.Templates;

namespace Publisher.Core.Tests;

/// <summary>
/// A template reads only files in the templates folders (the project's templates/ and the shipped ones):
/// a font given as an absolute path, a link out of them or a FIFO is refused at the place that names it.
/// </summary>
public sealed class TemplatePathsTests : IDisposable
{
    private const string Display = ShippedTemplate.Display;
    private readonly ShippedTemplate _template = new();
    private readonly TestFolder _outside = new();
    private readonly TestFolder _project = new();
    private static readonly SourceLocation Book = new("content/b/book.yml", 3, 11);

    public void Dispose()
    {
        _template.Dispose();
        _outside.Dispose();
        _project.Dispose();
    }

    /// <summary>A real font outside every templates folder.</summary>
    private string OutsideFont()
    {
        var font = _outside.PathOf("Sans.ttf");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "templates", "fonts", "NotoSans-Regular.ttf"), font);
        return font;
    }

    [Fact]
    public void A_font_given_as_an_absolute_path_elsewhere_is_refused_at_its_key()
    {
        var font = OutsideFont();
        var text = _template.Changed("regular: ../fonts/NotoSerif-Regular.ttf", $"regular: {font}");

        Assert.Equal($"{Display}:21:14: error PUB012: '{font}' points outside the templates folders; " +
                     "a template's files must lie in the project's templates/ or among the shipped templates",
            Expect.Failure(() => _template.Read(text)));
    }

    [Fact]
    public void A_fallback_font_that_links_out_of_the_templates_is_refused_at_its_entry()
    {
        var font = OutsideFont();
        var text = _template.Changed("  - ../fonts/NotoSansMath-Regular.ttf", "  - ../fonts/Linked.ttf");
        var link = _template.PathOf("templates/fonts/Linked.ttf");
        File.CreateSymbolicLink(link, font);

        Assert.Equal($"{Display}:34:5: error PUB012: '../fonts/Linked.ttf' leads outside the templates folders through a " +
                     $"symbolic link (to {font}); a template's files must lie in the project's templates/ or among the shipped templates",
            Expect.Failure(() => _template.Read(text)));
    }

    [Fact]
    public void A_fifo_named_as_a_font_is_refused_before_it_is_opened()
    {
        _template.Fifo("templates/fonts/Pipe.ttf");
        var text = _template.Changed("regular: ../fonts/NotoSerif-Regular.ttf", "regular: ../fonts/Pipe.ttf");

        Assert.Equal($"{Display}:21:14: error PUB015: '../fonts/Pipe.ttf' is a FIFO (named pipe), not a regular file; " +
                     "Publisher reads only regular files",
            Expect.Failure(() => _template.Read(text)));
    }

    [Fact]
    public void A_template_yml_that_links_out_of_the_templates_is_refused_at_itself()
    {
        var outside = _outside.Write("template.yml", "extends: booklet\n");
        Directory.CreateDirectory(_project.PathOf("templates/evil"));
        File.CreateSymbolicLink(_project.PathOf("templates/evil/template.yml"), outside);

        Assert.Equal($"templates/evil/template.yml:1:1: error PUB012: 'templates/evil/template.yml' leads outside the templates " +
                     $"folders through a symbolic link (to {outside}); a template's files must lie in the project's templates/ " +
                     "or among the shipped templates",
            Expect.Failure(() => new TemplateLocator(_project.Root).Load("evil", Book)));
    }

    [Fact]
    public void A_base_template_in_a_folder_linked_from_outside_is_refused_at_its_template_yml()
    {
        _outside.Write("base/template.yml", "extends: booklet\n");
        Directory.CreateDirectory(_project.PathOf("templates"));
        Directory.CreateSymbolicLink(_project.PathOf("templates/base"), _outside.PathOf("base"));
        _project.Write("templates/child/template.yml", "extends: base\n");

        Assert.StartsWith("templates/base/template.yml:1:1: error PUB012: 'templates/base/template.yml' leads outside the templates folders",
            Expect.Failure(() => new TemplateLocator(_project.Root).Load("child", Book)));
    }

    [Fact]
    public void The_templates_files_are_listed_for_the_build_cache()
    {
        _project.Write("templates/child/template.yml", "extends: booklet\n");
        _project.Write("templates/child/epub.css", "p { color: black; }\n");

        var template = new TemplateLocator(_project.Root).Load("child", Book);

        Assert.Equal(_project.PathOf("templates/child/template.yml"), template.SourceFiles[0]);
        Assert.Equal(Path.Combine(TemplateLocator.BuiltInDirectory, "booklet", "template.yml"), template.SourceFiles[1]);
        Assert.Contains(template.Fonts["serif"].Regular, template.SourceFiles);
        Assert.Contains(template.FallbackFonts[0], template.SourceFiles);
        Assert.Equal(_project.PathOf("templates/child/epub.css"), template.SourceFiles[^1]);
    }
}
