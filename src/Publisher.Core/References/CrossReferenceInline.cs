using Markdig.Syntax.Inlines;

namespace Publisher.Core.References;

/// <summary>
/// <c>@fig:harbour</c> in the text, as parsed: the label it names. <see cref="CrossReferences"/> replaces it, once
/// the book's labels are numbered, with a link to its target whose text is the target's number or title. Until then
/// it is the text as written (a literal), so that what reads a heading's text before that (Markdig's heading ids:
/// "## About @fig:a" is about-figa, as on GitHub) reads the reference too.
/// </summary>
public sealed class CrossReferenceInline : LiteralInline
{
    public required string Label { get; init; }
}
