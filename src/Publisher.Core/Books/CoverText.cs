namespace Publisher.Core.Books;

/// <summary>What a book's cover picture says to a reader who cannot see it: the same words in the EPUB and the PDF.</summary>
public static class CoverText
{
    public static string Alt(Book book)
    {
        var manifest = book.Manifest;
        var text = "Cover: " + manifest.Title;
        if (manifest.Authors.Count > 0) text += ", by " + string.Join(", ", manifest.Authors);
        return text;
    }
}
