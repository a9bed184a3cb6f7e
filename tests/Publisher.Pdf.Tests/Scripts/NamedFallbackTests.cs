using Publisher.Core.Books;
using Publisher.Core.Diagnostics;
using Publisher.Layout.Pages;
using Publisher.Typesetting;

namespace Publisher.Pdf.Tests.Scripts;

/// <summary>A template may name an installed family under fallback-fonts; one that is not installed stops the build at its line.</summary>
public sealed class NamedFallbackTests
{
    private static Book Book(string fallback)
    {
        var root = TestBooks.Write("title: Names\nlanguage: en\ntemplate: named\n", ("01.md", "# Names\n\nThe word 直 in Chinese.\n"));
        var template = Path.Combine(root, "templates", "named");
        Directory.CreateDirectory(template);
        File.WriteAllText(Path.Combine(template, "template.yml"), $"extends: booklet\nfallback-fonts:\n  - {fallback}\n");
        return new Project(root).LoadBook("sample", TestBooks.Epoch);
    }

    [Fact]
    public void A_family_named_in_the_template_draws_what_the_text_face_lacks()
    {
        // Without the name, an English book's ideograph would take the simplified Chinese design; the template asks for Japanese.
        var pages = Typesetter.Paginate(Book("Noto Sans CJK JP"));
        var run = pages.SelectMany(p => p.Items.OfType<GlyphRun>()).First(r => r.Text.Contains('直'));
        Assert.Equal("Noto Sans CJK JP", run.Face.Description.Family);
    }

    [Fact]
    public void A_family_that_is_not_installed_is_an_error_at_its_line()
    {
        var e = Assert.Throws<BuildFailedException>(() => Typesetter.Paginate(Book("No Such Font Family")));
        Assert.Equal(DiagnosticCodes.FontNotFound, e.Diagnostic.Code);
        Assert.EndsWith("templates/named/template.yml", e.Diagnostic.Location.Path.Replace('\\', '/'));
        Assert.Equal(3, e.Diagnostic.Location.Line);
        Assert.Contains("'No Such Font Family' is installed", e.Diagnostic.Message);
    }
}
