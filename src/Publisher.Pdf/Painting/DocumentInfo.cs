using System.Globalization;
using Publisher.Core.Books;
using Publisher.Pdf.Writer;

namespace Publisher.Pdf.Painting;

/// <summary>What the PDF says about itself: the document information dictionary's entries and the language.</summary>
internal sealed record DocumentInfo(string Title, string Author, string Subject, string Language, DateTimeOffset Date)
{
    public static DocumentInfo From(Book book)
    {
        var m = book.Manifest;
        return new DocumentInfo(m.Title, string.Join(", ", m.Authors), m.Subtitle ?? m.Description ?? "", m.Language, book.Timestamp);
    }

    public PdfDict Dictionary()
    {
        var info = new PdfDict { { "Title", new PdfText(Title) } };
        if (Author.Length > 0) info.Add("Author", new PdfText(Author));
        if (Subject.Length > 0) info.Add("Subject", new PdfText(Subject));
        info.Add("Creator", new PdfText("Publisher"));
        info.Add("Producer", new PdfText("Publisher"));
        info.Add("CreationDate", new PdfText(PdfDate(Date)));
        info.Add("ModDate", new PdfText(PdfDate(Date)));
        return info;
    }

    /// <summary>A date as PDF writes it (§7.9.4): D:YYYYMMDDHHmmSS+00'00', in UTC.</summary>
    private static string PdfDate(DateTimeOffset date) =>
        "D:" + date.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "+00'00'";
}
