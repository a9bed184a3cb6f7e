using System.Collections.Concurrent;
using Publisher.Core.Images;
using Publisher.Core.Diagnostics;

namespace Publisher.Typesetting.Images;

/// <summary>
/// Every image of a book, loaded once by file: the layout asks for natural sizes (a raster image's from
/// its header), the PDF painter draws SVGs from the same objects. It also remembers where in the sources
/// each file is first shown, so that a picture whose pixel data turns out damaged when the PDF writer
/// decodes it is reported there.
/// </summary>
public sealed class ImageLibrary(Publisher.Core.Templates.Template template) : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<LoadedImage>> _images = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SourceLocation> _shownAt = new(StringComparer.Ordinal);

    /// <summary>Loads (or finds) an image; a damaged or unreadable file throws <see cref="InvalidDataException"/>.</summary>
    public LoadedImage Load(BookImage image) => Entry(image).Value;

    /// <summary>Loads an image shown at <paramref name="location"/>, which is remembered if it is the file's first place.</summary>
    public LoadedImage Load(BookImage image, SourceLocation location)
    {
        _shownAt.TryAdd(image.Path, location);
        return Load(image);
    }

    /// <summary>Where the file at <paramref name="path"/> is first shown, if it was loaded with a place.</summary>
    public SourceLocation? ShownAt(string path) => _shownAt.TryGetValue(path, out var location) ? location : null;

    /// <summary>An image already loaded for layout, by its file's path.</summary>
    public LoadedImage Loaded(string path) => _images[path].Value;

    private Lazy<LoadedImage> Entry(BookImage image) =>
        _images.GetOrAdd(image.Path, _ => new Lazy<LoadedImage>(() => Read(image), LazyThreadSafetyMode.ExecutionAndPublication));

    private LoadedImage Read(BookImage image)
    {
        try
        {
            return image.Format == ImageFormat.Svg ? VectorImage.Load(image.Path, template) : RasterImage.Load(image.Path, image.Format);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or System.Xml.XmlException)
        {
            throw new InvalidDataException(e.Message, e);
        }
    }

    public void Dispose()
    {
        foreach (var entry in _images.Values.Where(e => e.IsValueCreated))
        {
            try { entry.Value.Dispose(); }
            catch (InvalidDataException) { }
        }
        _images.Clear();
    }
}
