using Publisher.Core.Books;

namespace Publisher.Core.References;

/// <summary>
/// A numbered figure, table or listing of the book, in reading order: what the lists of figures and tables show.
/// </summary>
/// <param name="Number">"Figure 3", as its caption and its references give it.</param>
/// <param name="Caption">Its caption's text after the number; empty when it has none.</param>
public sealed record NumberedItem(ReferenceKind Kind, string Label, Chapter Chapter, string Number, string Caption)
{
    /// <summary>"Figure 3: A harbour at dusk", as a list of figures gives it.</summary>
    public string Entry => Caption.Length > 0 ? $"{Number}: {Caption}" : Number;
}
