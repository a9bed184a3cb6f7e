namespace Publisher.Core.Mathematics;

/// <summary>
/// TeX's classes of atoms, which decide the space between neighbours (a relation gets thick spaces, a binary
/// operator medium ones) and how an operator takes its limits.
/// </summary>
public enum AtomClass { Ord, Op, Bin, Rel, Open, Close, Punct, Inner }

/// <summary>What an atom is, as MathML names it: an identifier, a number, an operator or plain text.</summary>
public enum AtomKind { Identifier, Number, Operator, Text }

/// <summary>The alphabet a letter is drawn from: <c>\mathbf</c>, <c>\mathbb</c> and the rest (Unicode's mathematical alphanumerics).</summary>
public enum MathVariant { Default, Upright, Italic, Bold, BoldItalic, DoubleStruck, Script, Fraktur, SansSerif, Monospace }

/// <summary>A formula's tree, as the LaTeX source gives it; the PDF lays it out, the EPUB writes it as MathML.</summary>
public abstract record MathNode;

/// <summary>A sequence: a group in braces, a cell, a whole formula.</summary>
public sealed record MathRow(IReadOnlyList<MathNode> Items) : MathNode
{
    public static readonly MathRow Empty = new([]);
}

/// <summary>
/// One symbol or word. <see cref="Text"/> is as written (the letter x, not its italic form): the renderers map it through
/// <see cref="Variant"/> (<see cref="MathAlphabets"/>). A single letter is italic by default, a word (sin) upright.
/// </summary>
/// <param name="LargeOperator">A big operator (∑ ∫ ∏), set larger in display.</param>
/// <param name="Limits">Where its scripts go: above and below (true), at the side (false), or as the style decides (null).</param>
/// <param name="Size">A delimiter set at a fixed larger size: <c>\big</c> 1, <c>\Big</c> 2, <c>\bigg</c> 3, <c>\Bigg</c> 4; 0, its own.</param>
public sealed record MathAtom(string Text, AtomKind Kind, AtomClass Class, MathVariant Variant = MathVariant.Default,
    bool LargeOperator = false, bool? Limits = null, int Size = 0) : MathNode;

/// <summary>A fraction or, without its rule, a binomial coefficient (with its parentheses in Open and Close).</summary>
/// <param name="Display">true: <c>\dfrac</c>, false: <c>\tfrac</c>, null: as the surrounding style.</param>
public sealed record MathFraction(MathNode Numerator, MathNode Denominator, bool Rule = true, bool? Display = null,
    string? Open = null, string? Close = null) : MathNode;

/// <summary>A base with a subscript and/or a superscript (a prime is a superscript ′).</summary>
public sealed record MathScripts(MathNode Base, MathNode? Sub, MathNode? Sup) : MathNode;

/// <summary>A square root, or a root with its index (<c>\sqrt[3]{x}</c>).</summary>
public sealed record MathRadical(MathNode Body, MathNode? Index) : MathNode;

/// <summary><c>\left( … \middle| … \right)</c>: delimiters that grow to the body's height; "" for <c>.</c>, none.</summary>
public sealed record MathDelimited(string Open, IReadOnlyList<MathNode> Parts, IReadOnlyList<string> Middles, string Close) : MathNode;

/// <summary>An accent over (or a line or brace under) its base; <see cref="Stretchy"/> accents span the whole base.</summary>
public sealed record MathAccent(MathNode Base, string Accent, bool Stretchy, bool Under = false) : MathNode;

/// <summary><c>\overset{a}{b}</c>, <c>\underset{a}{b}</c>: a base with something set above or below it, smaller.</summary>
public sealed record MathUnderOver(MathNode Base, MathNode? Under, MathNode? Over) : MathNode;

/// <summary>Which environment a table comes from, which decides its columns' alignment and its delimiters.</summary>
public enum MathTableKind { Matrix, Cases, Aligned, Gathered }

/// <summary>A matrix, cases or aligned equations: rows of cells; <see cref="Open"/> and <see cref="Close"/> around it ("" none).</summary>
public sealed record MathTable(MathTableKind Kind, IReadOnlyList<IReadOnlyList<MathNode>> Rows, string Open, string Close) : MathNode;

/// <summary>Horizontal space, in ems (<c>\,</c> is 3/18, <c>\quad</c> 1).</summary>
public sealed record MathSpace(double Em) : MathNode;

/// <summary>A part set in display or text style (<c>\displaystyle</c>, <c>\textstyle</c>).</summary>
public sealed record MathStyled(MathNode Body, bool Display) : MathNode;

/// <summary>A parsed formula: its tree, its source, and the number <c>\tag{…}</c> gives it, if any.</summary>
public sealed record MathFormula(MathNode Body, string Source, bool Display, string? Tag);
