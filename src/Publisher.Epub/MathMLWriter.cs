using System.Globalization;
using System.Text;
using Publisher.Core.Mathematics;

namespace Publisher.Epub;

/// <summary>
/// A formula as MathML (presentation markup, what EPUB 3 reading systems render), from the tree the print edition sets
/// too. Its LaTeX source goes in <c>alttext</c>, which screen readers speak where they cannot read the markup. Letters
/// of the alphabets (<c>\mathbb{R}</c>) are written as the mathematical alphanumeric characters they are; a plain
/// letter stays itself, which MathML sets in italics. Display formulas are blocks (<c>display="block"</c>).
/// </summary>
internal static class MathMLWriter
{
    public const string Namespace = "http://www.w3.org/1998/Math/MathML";

    /// <param name="block">The formula stands on its own (a block, centred); else it is in a line, in display style if
    /// written between double dollars there, as print sets it.</param>
    public static string Write(MathFormula formula, bool block)
    {
        var sb = new StringBuilder();
        sb.Append($"<math xmlns=\"{Namespace}\"");
        if (block) sb.Append(" display=\"block\"");
        else if (formula.Display) sb.Append(" displaystyle=\"true\"");
        sb.Append($" alttext=\"{XhtmlPage.Escape(formula.Source)}\">");
        sb.Append("<mrow>");
        Node(sb, formula.Body);
        sb.Append("</mrow></math>");
        return sb.ToString();
    }

    private static void Node(StringBuilder sb, MathNode node)
    {
        switch (node)
        {
            case MathRow row:
                foreach (var item in row.Items) Node(sb, item);
                break;
            case MathAtom atom:
                Atom(sb, atom);
                break;
            case MathScripts scripts:
                Scripts(sb, scripts);
                break;
            case MathFraction fraction:
                if (fraction.Display is { } display) sb.Append($"<mstyle displaystyle=\"{(display ? "true" : "false")}\">");
                if (fraction.Open is not null) sb.Append("<mrow>").Append(Fence(fraction.Open));
                sb.Append(fraction.Rule ? "<mfrac>" : "<mfrac linethickness=\"0\">");
                Group(sb, fraction.Numerator);
                Group(sb, fraction.Denominator);
                sb.Append("</mfrac>");
                if (fraction.Close is not null) sb.Append(Fence(fraction.Close)).Append("</mrow>");
                if (fraction.Display is not null) sb.Append("</mstyle>");
                break;
            case MathRadical { Index: null } root:
                sb.Append("<msqrt>");
                Node(sb, root.Body);
                sb.Append("</msqrt>");
                break;
            case MathRadical root:
                sb.Append("<mroot>");
                Group(sb, root.Body);
                Group(sb, root.Index!);
                sb.Append("</mroot>");
                break;
            case MathDelimited delimited:
                sb.Append("<mrow>");
                if (delimited.Open.Length > 0) sb.Append(Fence(delimited.Open));
                for (var i = 0; i < delimited.Parts.Count; i++)
                {
                    if (i > 0) sb.Append($"<mo stretchy=\"true\">{XhtmlPage.Escape(delimited.Middles[i - 1])}</mo>");
                    Group(sb, delimited.Parts[i]);
                }
                if (delimited.Close.Length > 0) sb.Append(Fence(delimited.Close));
                sb.Append("</mrow>");
                break;
            case MathAccent accent:
                var tag = accent.Under ? "munder" : "mover";
                sb.Append($"<{tag} {(accent.Under ? "accentunder" : "accent")}=\"true\">");
                Group(sb, accent.Base);
                sb.Append($"<mo stretchy=\"{(accent.Stretchy ? "true" : "false")}\">{XhtmlPage.Escape(accent.Accent)}</mo></{tag}>");
                break;
            case MathUnderOver underOver:
                var element = underOver.Over is null ? "munder" : underOver.Under is null ? "mover" : "munderover";
                sb.Append($"<{element}>");
                Group(sb, underOver.Base);
                if (underOver.Under is not null) Group(sb, underOver.Under);
                if (underOver.Over is not null) Group(sb, underOver.Over);
                sb.Append($"</{element}>");
                break;
            case MathTable table:
                Table(sb, table);
                break;
            case MathSpace space:
                sb.Append($"<mspace width=\"{space.Em.ToString("0.###", CultureInfo.InvariantCulture)}em\"/>");
                break;
            case MathStyled styled:
                sb.Append($"<mstyle displaystyle=\"{(styled.Display ? "true" : "false")}\">");
                Node(sb, styled.Body);
                sb.Append("</mstyle>");
                break;
        }
    }

    /// <summary>One argument of a MathML element, which takes exactly one child: a row when the node is several.</summary>
    private static void Group(StringBuilder sb, MathNode node)
    {
        if (node is MathRow { Items.Count: not 1 } or MathSpace)
        {
            sb.Append("<mrow>");
            Node(sb, node);
            sb.Append("</mrow>");
        }
        else Node(sb, node);
    }

    private static string Fence(string delimiter) => $"<mo fence=\"true\" stretchy=\"true\">{XhtmlPage.Escape(delimiter)}</mo>";

    private static void Atom(StringBuilder sb, MathAtom atom)
    {
        var text = XhtmlPage.Escape(atom.Kind == AtomKind.Text || atom.Variant is MathVariant.Default or MathVariant.Upright or MathVariant.Italic
            ? atom.Text
            : MathAlphabets.Map(atom.Text, atom.Variant));
        switch (atom.Kind)
        {
            case AtomKind.Text:
                sb.Append($"<mtext>{text}</mtext>");
                break;
            case AtomKind.Number:
                sb.Append($"<mn>{text}</mn>");
                break;
            case AtomKind.Identifier when atom.Class == AtomClass.Op:
                // lim, max, \operatorname*: an operator whose limits go under it in display, at its side in a line
                // (movable), or always under it with \limits, as print sets them.
                sb.Append($"<mo movablelimits=\"{(atom.Limits == true ? "false" : "true")}\">{text}</mo>");
                break;
            case AtomKind.Identifier:
                // A single letter is italic in MathML unless said otherwise; a word (sin) is upright by itself, and so
                // are capital Greek letters and symbols (Γ, ∞), which print sets upright too.
                var upright = atom.Variant == MathVariant.Upright
                    || (atom.Variant == MathVariant.Default && MathAlphabets.Map(atom.Text, MathVariant.Default) == atom.Text);
                var variant = atom.Text.Length == 1 && upright ? " mathvariant=\"normal\""
                    : atom.Variant == MathVariant.Italic && atom.Text.Length > 1 ? " mathvariant=\"italic\""
                    : "";
                sb.Append($"<mi{variant}>{text}</mi>");
                break;
            default:
                var attributes = new StringBuilder();
                if (atom.LargeOperator) attributes.Append(" largeop=\"true\"");
                // \sum\limits in a line keeps its limits above and below, as in print.
                if (atom.Class == AtomClass.Op && atom.Limits == true) attributes.Append(" movablelimits=\"false\"");
                if (atom.Size > 0)
                {
                    var em = (atom.Size switch { 1 => 1.2, 2 => 1.8, 3 => 2.4, _ => 3.0 }).ToString("0.#", CultureInfo.InvariantCulture);
                    attributes.Append($" minsize=\"{em}em\" maxsize=\"{em}em\"");
                }
                sb.Append($"<mo{attributes}>{text}</mo>");
                break;
        }
    }

    /// <summary>
    /// Scripts at the side (<c>msub</c>, <c>msup</c>, <c>msubsup</c>), or, on an operator that takes limits, above and
    /// below (<c>munderover</c>): always when <c>\limits</c> says so, in display as the operator's own rule otherwise.
    /// </summary>
    private static void Scripts(StringBuilder sb, MathScripts scripts)
    {
        var limits = scripts.Base is MathAtom { Class: AtomClass.Op } op && op.Limits != false
            // A brace's annotation goes above or below it, as in print.
            || scripts.Base is MathAccent { Accent: "⏞" or "⏟" };
        var (both, sub, sup) = limits ? ("munderover", "munder", "mover") : ("msubsup", "msub", "msup");
        var element = scripts.Sub is not null && scripts.Sup is not null ? both : scripts.Sub is not null ? sub : sup;
        sb.Append($"<{element}>");
        Group(sb, scripts.Base);
        if (scripts.Sub is not null) Group(sb, scripts.Sub);
        if (scripts.Sup is not null) Group(sb, scripts.Sup);
        sb.Append($"</{element}>");
    }

    /// <summary>
    /// A matrix between its delimiters; cases left-aligned after a brace; aligned equations in pairs of columns, right
    /// then left, so the relations line up (a cell that begins with a relation gets an empty atom before it, as TeX's
    /// <c>&amp;=</c> spaces the relation as one between two things).
    /// </summary>
    private static void Table(StringBuilder sb, MathTable table)
    {
        sb.Append("<mrow>");
        if (table.Open.Length > 0) sb.Append(Fence(table.Open));
        var columns = table.Rows.Count == 0 ? 0 : table.Rows.Max(r => r.Count);
        var align = table.Kind switch
        {
            MathTableKind.Cases => " columnalign=\"left\"",
            MathTableKind.Aligned => $" columnalign=\"{string.Join(' ', Enumerable.Range(0, Math.Max(columns, 1)).Select(i => i % 2 == 0 ? "right" : "left"))}\"",
            _ => "",
        };
        var display = table.Kind is MathTableKind.Aligned or MathTableKind.Gathered ? " displaystyle=\"true\"" : "";
        sb.Append($"<mtable{align}{display}>");
        foreach (var row in table.Rows)
        {
            sb.Append("<mtr>");
            for (var i = 0; i < row.Count; i++)
            {
                sb.Append("<mtd>");
                if (table.Kind == MathTableKind.Aligned && i % 2 == 1 && FirstAtom(row[i]) is { Class: AtomClass.Rel or AtomClass.Bin })
                    sb.Append("<mi></mi>");
                Node(sb, row[i]);
                sb.Append("</mtd>");
            }
            sb.Append("</mtr>");
        }
        sb.Append("</mtable>");
        if (table.Close.Length > 0) sb.Append(Fence(table.Close));
        sb.Append("</mrow>");
    }

    private static MathAtom? FirstAtom(MathNode node) => node switch
    {
        MathAtom atom => atom,
        MathRow { Items.Count: > 0 } row => FirstAtom(row.Items[0]),
        _ => null,
    };
}
