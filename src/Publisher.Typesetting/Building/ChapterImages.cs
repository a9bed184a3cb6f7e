using Markdig.Syntax.Inlines;
using Publisher.Core.Books;
using Publisher.Core.Diagnostics;
using Publisher.Core.Images;
using Publisher.Typesetting.Images;

namespace Publisher.Typesetting.Building;

/// <summary>
/// The images of one chapter, as layout needs them: the file (resolved as Core's checks
/// resolve it) and the loaded image with its natural size. A file that is there but
/// cannot be decoded stops the build at the image's place in the Markdown.
/// </summary>
internal sealed class ChapterImages(Book book, Chapter chapter, ImageLibrary library)
{
    public (string Path, LoadedImage Image) Load(LinkInline image)
    {
        var resolved = BookImages.Resolve(book.SourceDirectory, chapter, image);
        try
        {
            return (resolved.Path, library.Load(resolved, SourceChecks.Location(chapter, image)));
        }
        catch (InvalidDataException e)
        {
            throw BuildFailedException.At(SourceChecks.Location(chapter, image), DiagnosticCodes.ImageUnreadable,
                $"image '{image.Url}' is not a readable {ImageFormats.Name(resolved.Format)} file: {e.Message}");
        }
    }
}
