using Markdig.Syntax.Inlines;

namespace Publisher.Core.References;

/// <summary>
/// <c>@fig:harbour</c> in the text, as parsed: the label it names. <see cref="CrossReferences"/> replaces it, once
/// the book's labels are numbered, with a link to its target whose text is the target's number or title.
/// </summary>
public sealed class CrossReferenceInline : LeafInline
{
    public required string Label { get; init; }
}
