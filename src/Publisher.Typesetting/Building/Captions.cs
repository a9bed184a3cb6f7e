using Publisher.Layout.Blocks;
using Publisher.Layout.Structure;
using Publisher.Layout.Text;
using Publisher.Typesetting.Building.Rendering;

namespace Publisher.Typesetting.Building;

/// <summary>
/// What the captions of figures, tables and listings share: their number in front ("Figure 3: "), the template's
/// caption style (<c>figures.caption</c>), and for a table or a listing, a place above what it names.
/// </summary>
internal static class Captions
{
    /// <summary>
    /// <paramref name="runs"/> with <paramref name="number"/> before them ("Figure 3: A harbour"), or the number alone when
    /// the caption has no text; the runs as they are when there is no number.
    /// </summary>
    public static List<TextRun> Numbered(string? number, List<TextRun> runs, TextStyle style)
    {
        if (number is null) return runs;
        return [new TextRun(IsBlank(runs) ? number : number + ": ", style), .. runs];
    }

    public static bool IsBlank(IEnumerable<TextRun> runs) => runs.All(r => string.IsNullOrWhiteSpace(r.Text));

    /// <summary>
    /// A caption set above a table or a listing: the space before the whole goes before it, the caption style's gap parts
    /// it from what follows, and it is kept with that (its first rows or lines). It is where references lead.
    /// </summary>
    public static ParagraphBlock Above(BlockBuilder builder, RenderScope scope, List<TextRun> runs, double spaceBefore,
        IReadOnlyList<string> anchors, StructureElement structure)
    {
        var style = builder.Template.Figures.Caption;
        return new ParagraphBlock
        {
            Runs = runs,
            Leading = style.Text.Leading,
            Align = Alignment.Left,
            LeftIndent = scope.Frame.Indent,
            SpaceBefore = spaceBefore,
            SpaceAfter = style.SpaceBefore,
            KeepWithNext = true,
            Anchors = anchors,
            Structure = structure,
        };
    }

    /// <summary>Where a reference to the element with <paramref name="id"/> leads; none without an id.</summary>
    public static IReadOnlyList<string> Anchors(RenderScope scope, string? id) =>
        id is null ? [] : [LinkResolver.Destination(scope.Context.Chapter, id)];
}
