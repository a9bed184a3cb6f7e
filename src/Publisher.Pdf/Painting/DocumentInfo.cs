using System.Globalization;
using Publisher.Core.Books;
using Publisher.Pdf.Writer;

namespace Publisher.Pdf.Painting;

/// <summary>What the PDF says about itself: the document information dictionary's entries and the language.</summary>
internal sealed record DocumentInfo(string Title, IReadOnlyList<string> Authors, string Subject, string Language, DateTimeOffset Date)
{
    /// <summary>The name the file gives as its creator and producer.</summary>
    public const string Tool = "Publisher";

    public static DocumentInfo From(Book book)
    {
        var m = book.Manifest;
        return new DocumentInfo(m.Title, m.Authors, m.Subtitle ?? m.Description ?? "", m.Language, book.Timestamp);
    }

    /// <summary>The authors as one line, as the information dictionary holds them.</summary>
    public string Author => string.Join(", ", Authors);

    public PdfDict Dictionary()
    {
        var info = new PdfDict { { "Title", new PdfText(Title) } };
        if (Author.Length > 0) info.Add("Author", new PdfText(Author));
        if (Subject.Length > 0) info.Add("Subject", new PdfText(Subject));
        info.Add("Creator", new PdfText(Tool));
        info.Add("Producer", new PdfText(Tool));
        info.Add("CreationDate", new PdfText(PdfDate(Date)));
        info.Add("ModDate", new PdfText(PdfDate(Date)));
        return info;
    }

    /// <summary>A date as PDF writes it (§7.9.4): D:YYYYMMDDHHmmSS+00'00', in UTC.</summary>
    private static string PdfDate(DateTimeOffset date) =>
        "D:" + date.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "+00'00'";
}
