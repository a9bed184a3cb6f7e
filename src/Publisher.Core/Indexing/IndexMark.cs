using Publisher.Core.Books;
using Publisher.Core.Diagnostics;

namespace Publisher.Core.Indexing;

/// <summary>
/// One place the text marks for the index: <c>[harbour]{.index}</c> (the words are the term) or
/// <c>[the harbour]{index="harbour!at night"}</c> (a term and its sub-term). <see cref="Id"/> is the span's id in its
/// chapter: the place a locator in the index leads to, in both formats.
/// </summary>
/// <param name="SubTerm">The sub-term, or null for an entry under the term itself.</param>
public sealed record IndexMark(Chapter Chapter, string Id, string Term, string? SubTerm, SourceLocation Location);
