using Publisher.Core.Books;
using Publisher.Core.Manifest;
using Publisher.Core.Output;

namespace Publisher.Pdf;

/// <summary>The PDF backend: Book + template -> layout boxes -> pages -> PDF.</summary>
public sealed class PdfBookWriter : IBookWriter
{
    public OutputFormat Format => OutputFormat.Pdf;
    public string Extension => "pdf";

    public WriteResult Write(Book book, Stream output) => throw new NotImplementedException("being written");
}
