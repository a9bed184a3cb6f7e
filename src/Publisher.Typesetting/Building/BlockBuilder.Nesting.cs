using Publisher.Core.Books;
using Publisher.Core.Diagnostics;
using Publisher.Typesetting.Building.Rendering;
using MdBlock = Markdig.Syntax.Block;

namespace Publisher.Typesetting.Building;

internal sealed partial class BlockBuilder
{
    /// <summary>
    /// The share of the text width that nested content always keeps (the warning says "half"). Quotes and lists indent by their
    /// template's step while the text keeps more than this; past it, each level moves in by half of what is
    /// left before the mark, so deeper levels still show and text never leaves the text area (30 nested
    /// quotes set their words past the page's edge, where neither a reader nor pdftotext could find them).
    /// </summary>
    internal const double MinTextShare = 0.5;

    private readonly HashSet<Chapter> _narrowed = [];

    /// <summary>Things a reader of the PDF would notice, found while building the blocks: the build goes on.</summary>
    public List<Diagnostic> Warnings { get; } = [];

    /// <summary>The left indent of content nested one level inside <paramref name="block"/>, which indents by <paramref name="step"/>.</summary>
    public double Nested(double indent, double step, MdBlock block, ChapterContext context)
    {
        var most = Template.Page.TextWidth * (1 - MinTextShare);
        if (indent + step <= most) return indent + step;
        if (_narrowed.Add(context.Chapter))
            Warnings.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.IndentLimited,
                "nested too deep for the page: quotes and lists inside each other would leave the text less than " +
                "half the page's text width, so from here their indents grow less (said once per chapter)",
                new SourceLocation(context.Chapter.DisplayPath, block.Line + 1, block.Column + 1)));
        return indent + Math.Max(0, (most - indent) / 2);
    }
}
