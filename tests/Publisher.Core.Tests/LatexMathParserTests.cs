using Publisher.Core.Books;
using Publisher.Core.Diagnostics;
using Publisher.Core.Mathematics;

namespace Publisher.Core.Tests;

/// <summary>LaTeX math reads into the tree both formats set; a formula that does not parse is an error at its place.</summary>
public sealed class LatexMathParserTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>A compact picture of a tree: atoms as their text, structures as name(parts).</summary>
    private static string Show(MathNode node) => node switch
    {
        MathAtom a => a.Variant == MathVariant.Default ? a.Text : $"{a.Text}:{a.Variant}",
        MathRow r => r.Items.Count == 1 ? Show(r.Items[0]) : "[" + string.Join(" ", r.Items.Select(Show)) + "]",
        MathScripts s => $"{Show(s.Base)}_{(s.Sub is null ? "" : Show(s.Sub))}^{(s.Sup is null ? "" : Show(s.Sup))}",
        MathFraction f => $"{(f.Rule ? "frac" : "binom")}({Show(f.Numerator)}, {Show(f.Denominator)})",
        MathRadical r => r.Index is null ? $"sqrt({Show(r.Body)})" : $"root({Show(r.Body)}, {Show(r.Index)})",
        MathDelimited d => $"left{d.Open}{string.Join("|mid|", d.Parts.Select(Show))}right{d.Close}",
        MathAccent a => $"accent{a.Accent}({Show(a.Base)})",
        MathTable t => $"{t.Kind}{t.Open}[{string.Join(" ; ", t.Rows.Select(r => string.Join(" & ", r.Select(Show))))}]{t.Close}",
        MathSpace s => $"space{s.Em:0.###}",
        MathStyled s => $"display({Show(s.Body)})",
        MathUnderOver u => $"over({Show(u.Base)}, {(u.Over is null ? "" : Show(u.Over))})",
        _ => node.GetType().Name,
    };

    private static string Parse(string latex) => Show(LatexMathParser.Parse(latex, display: true).Body);

    [Theory]
    [InlineData(@"x^2 + y_i", "[x_^2 + y_i^]")]
    [InlineData(@"e^{i\pi} = -1", "[e_^[i π] = − 1]")]
    [InlineData(@"\frac{a+b}{2}", "frac([a + b], 2)")]
    [InlineData(@"\frac12", "frac(1, 2)")]
    [InlineData(@"\binom{n}{k}", "binom(n, k)")]
    [InlineData(@"\sqrt[3]{x}", "root(x, 3)")]
    [InlineData(@"\sum_{i=1}^{n} i^2", "[∑_[i = 1]^n i_^2]")]
    [InlineData(@"\int_0^\infty e^{-x}\,dx", "[∫_0^∞ e_^[− x] space0.167 d x]")]
    [InlineData(@"\lim_{x \to 0} \frac{\sin x}{x}", "[lim:Upright_[x → 0]^ frac([sin:Upright x], x)]")]
    [InlineData(@"\left( \frac{a}{b} \right)", "left(frac(a, b)right)")]
    [InlineData(@"\left\{ x \middle| x > 0 \right.", "left{x|mid|[x > 0]right")]
    [InlineData(@"\mathbb{R}^n", "R:DoubleStruck_^n")]
    [InlineData(@"\hat{x} + \widehat{xy} + \overline{AB}", "[accent^(x) + accent^([x y]) + accent‾([A B])]")]
    [InlineData(@"\begin{pmatrix} a & b \\ c & d \end{pmatrix}", "Matrix([a & b ; c & d])")]
    [InlineData(@"f(x) = \begin{cases} 1 & x > 0 \\ 0 & \text{otherwise} \end{cases}", "[f ( x ) = Cases{[1 & [x > 0] ; 0 & otherwise:Upright]]")]
    [InlineData(@"\begin{aligned} a &= b \\ &= c \end{aligned}", "Aligned[a & [= b] ; [] & [= c]]")]
    [InlineData(@"f'(x) \ne \alpha", "[f_^′ ( x ) ≠ α]")]
    [InlineData(@"a \not\in B", "[a ∉ B]")]
    [InlineData(@"\operatorname{rank} A", "[rank:Upright A]")]
    [InlineData(@"\overset{!}{=}", "over(=, !)")]
    public void Formulas_read_into_their_structure(string latex, string tree) => Assert.Equal(tree, Parse(latex));

    [Fact]
    public void A_tag_numbers_the_formula()
    {
        var formula = LatexMathParser.Parse(@"E = mc^2 \tag{1.3}", display: true);
        Assert.Equal("1.3", formula.Tag);
        Assert.Equal("[E = m c_^2]", Show(formula.Body));
    }

    [Theory]
    [InlineData(@"\frac{a}{b", 8, "never closed")]
    [InlineData(@"\alhpa + 1", 0, "unknown command '\\alhpa'; did you mean '\\alpha'?")]
    [InlineData(@"x^", 1, "'^' has no superscript after it")]
    [InlineData(@"a^b^c", 3, "double superscript")]
    [InlineData(@"\left( x", 0, "'\\left' has no '\\right'")]
    [InlineData(@"\begin{pmatrix} a \end{bmatrix}", 0, "ends with '\\end{bmatrix}'")]
    [InlineData(@"\begin{pmatirx} a \end{pmatirx}", 0, "did you mean 'pmatrix'?")]
    [InlineData(@"a } b", 2, "'}' closes no '{'")]
    [InlineData(@"a & b", 2, "'&' stands outside")]
    public void A_formula_that_does_not_parse_says_what_and_where(string latex, int offset, string message)
    {
        var e = Assert.Throws<MathSyntaxException>(() => LatexMathParser.Parse(latex, display: false));
        Assert.Contains(message, e.Message);
        Assert.Equal(offset, e.Offset);
    }

    [Theory]
    [InlineData(10000, "{", "}")]
    // Arguments without braces nest as deep, and used to overflow the stack.
    [InlineData(30000, "\\sqrt", "")]
    [InlineData(40000, "\\not", "")]
    [InlineData(40000, "\\displaystyle ", "")]
    public void Deep_nesting_is_refused_not_a_crash(int depth, string open, string close)
    {
        var source = string.Concat(Enumerable.Repeat(open, depth)) + (open == "\\not" ? "=" : "x") + string.Concat(Enumerable.Repeat(close, depth));
        var e = Assert.Throws<MathSyntaxException>(() => LatexMathParser.Parse(source, false));
        Assert.Contains("nests deeper", e.Message);
    }

    [Fact]
    public void A_long_unknown_command_is_named_short_and_costs_no_search()
    {
        var e = Assert.Throws<MathSyntaxException>(() => LatexMathParser.Parse("\\" + new string('a', 200_000), false));
        Assert.True(e.Message.Length < 100, e.Message);
        Assert.Contains("unknown command", e.Message);
        // A structural command where an argument should be is said as such.
        Assert.Contains("an argument is missing before '\\right'", Assert.Throws<MathSyntaxException>(() => LatexMathParser.Parse("\\left( x^\\right)", false)).Message);
    }

    [Fact]
    public void A_bad_formula_in_a_chapter_is_an_error_at_the_line_and_column_of_the_fault()
    {
        _folder.Write("content/b/book.yml", "title: B\nlanguage: en\n");
        _folder.Write("content/b/01.md", "# One\n\nEuler: $e^{i\\pi} + \\alhpa = 0$.\n\n$$\na = b\n\\frac{1}{2\n$$\n");
        var errors = new List<Diagnostic>();
        new Project(_folder.Root).LoadBook("b", "0", errors);
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Equal(DiagnosticCodes.BadFormula, e.Code));
        Assert.Equal("content/b/01.md:3:20: error PUB056: unknown command '\\alhpa'; did you mean '\\alpha'?", errors[0].ToString());
        Assert.StartsWith("content/b/01.md:7:", errors[1].ToString());
        Assert.Contains("never closed", errors[1].Message);
    }
}
