using System.Xml.Linq;
using Publisher.Core.Books;

namespace Publisher.Epub.Tests;

/// <summary>Formulas in the EPUB: MathML with the LaTeX source as alttext, numbered equations, the mathml property.</summary>
public class MathTests
{
    private static readonly Lazy<EpubFile> Built = new(() =>
    {
        var root = Directory.CreateTempSubdirectory("publisher-epub-math-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(root, recursive: true); } catch (IOException) { }
        };
        var book = Path.Combine(root, "content", "m");
        Directory.CreateDirectory(book);
        File.WriteAllText(Path.Combine(book, "book.yml"), "title: Math\nlanguage: en\n");
        File.WriteAllText(Path.Combine(book, "01-one.md"),
            "# One\n\nInline $x^2 + \\frac{a}{b}$ and @eq:energy.\n\n$$\nE = mc^2\n$$ {#eq:energy}\n\n" +
            "$$ \\sum_{i=1}^n i \\tag{S} $$\n");
        File.WriteAllText(Path.Combine(book, "02-two.md"), "# Two\n\nNo formulas here.\n");
        return new EpubFile(TestBooks.Build(new Project(root).LoadBook("m", TestBooks.Epoch)));
    });

    private static EpubFile Epub => Built.Value;
    private static readonly XNamespace M = "http://www.w3.org/1998/Math/MathML";
    private static readonly XNamespace X = EpubFile.Xhtml;
    private static string One => Epub.Spine.Single(p => p.EndsWith("01-one.xhtml", StringComparison.Ordinal));

    [Fact]
    public void A_formula_is_mathml_with_its_source_as_alttext()
    {
        var math = Epub.Xml(One).Descendants(M + "math").ToList();
        Assert.Equal(3, math.Count);
        Assert.Equal("x^2 + \\frac{a}{b}", (string?)math[0].Attribute("alttext"));
        Assert.Null(math[0].Attribute("display"));
        Assert.Equal(
            "<mrow><msup><mi>x</mi><mn>2</mn></msup><mo>+</mo><mfrac><mi>a</mi><mi>b</mi></mfrac></mrow>",
            string.Concat(math[0].Elements().Select(e => e.ToString(SaveOptions.DisableFormatting))).Replace($" xmlns=\"{M.NamespaceName}\"", ""));
        Assert.Equal("block", (string?)math[1].Attribute("display"));
        // A big operator's limits go under and over it.
        Assert.NotEmpty(math[2].Descendants(M + "munderover"));
    }

    [Fact]
    public void A_labelled_formula_shows_its_number_and_a_reference_names_it()
    {
        var page = Epub.Xml(One);
        var energy = page.Descendants(X + "div").Single(d => (string?)d.Attribute("id") == "eq:energy");
        Assert.Equal("(1)", energy.Elements(X + "span").Single(s => (string?)s.Attribute("class") == "equation-number").Value);
        var link = page.Descendants(X + "a").Single(a => a.Value == "Equation (1)");
        Assert.Equal("#eq:energy", (string?)link.Attribute("href"));
        // A \tag is the formula's number as written.
        Assert.Contains(page.Descendants(X + "span"), s => (string?)s.Attribute("class") == "equation-number" && s.Value == "(S)");
    }

    [Fact]
    public void Only_documents_with_formulas_carry_the_mathml_property()
    {
        var items = Epub.ManifestItems.ToList();
        Assert.Equal("mathml", items.Single(i => i.Href.EndsWith("01-one.xhtml", StringComparison.Ordinal)).Properties);
        Assert.Null(items.Single(i => i.Href.EndsWith("02-two.xhtml", StringComparison.Ordinal)).Properties);
    }

    [Theory]
    // An operator name takes its limits under it only in display, as print sets it; \limits keeps them there.
    [InlineData(@"\lim_{x \to 0} x", "<munder><mo movablelimits=\"true\">lim</mo>")]
    [InlineData(@"\sum\limits_{i} i", "<munder><mo largeop=\"true\" movablelimits=\"false\">∑</mo>")]
    // Capital Greek and symbols stand upright, as in print; MathML would slant a lone letter.
    [InlineData(@"\Gamma + \infty", "<mi mathvariant=\"normal\">Γ</mi><mo>+</mo><mi mathvariant=\"normal\">∞</mi>")]
    public void The_mathml_sets_what_print_sets(string latex, string expected) =>
        Assert.Contains(expected, MathMLWriter.Write(Core.Mathematics.LatexMathParser.Parse(latex, display: false), block: false));

    [EpubcheckFact]
    public void An_epub_with_formulas_passes_epubcheck()
    {
        var result = Epubcheck.Check(Epub.Bytes, "math");
        Assert.True(result is { Fatals: 0, Errors: 0, Warnings: 0 }, result.ToString());
    }
}
