using System.Collections.Concurrent;
using Publisher.Core.Images;
using SkiaSharp;

namespace Publisher.Typesetting.Images;

/// <summary>
/// Every image of a book, loaded once by file: the layout asks for natural sizes, the
/// painter draws the same objects. Drawing one SKImage on several pages lets Skia write it
/// into the PDF once.
/// </summary>
public sealed class ImageLibrary(Publisher.Core.Templates.Template template) : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<LoadedImage>> _images = new(StringComparer.Ordinal);
    private readonly List<Task> _prefetching = [];

    /// <summary>
    /// Starts decoding the PNGs, JPEGs and GIFs among <paramref name="images"/> on other threads,
    /// so that a book's figures are decoded while its text is laid out instead of after.
    /// A failure waits, cached, for <see cref="Load"/> to report it where the image is used.
    /// SVGs are left to <see cref="Load"/>: the SVG library is not known to be thread-safe.
    /// </summary>
    public void Prefetch(IEnumerable<BookImage> images)
    {
        foreach (var image in images.Where(i => i.Format != ImageFormat.Svg).DistinctBy(i => i.Path))
        {
            var entry = Entry(image);
            if (!entry.IsValueCreated) _prefetching.Add(Task.Run(() => { try { _ = entry.Value; } catch (InvalidDataException) { } }));
        }
    }

    /// <summary>Loads (or finds) an image; a damaged or unreadable file throws <see cref="InvalidDataException"/>.</summary>
    public LoadedImage Load(BookImage image) => Entry(image).Value;

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
        // A decode still running would otherwise create an image after the rest are freed.
        Task.WaitAll(_prefetching);
        foreach (var entry in _images.Values.Where(e => e.IsValueCreated))
        {
            try { entry.Value.Dispose(); }
            catch (InvalidDataException) { }
        }
        _images.Clear();
    }
}
