using System.Collections.Concurrent;

namespace Publisher.Layout.Fonts;

/// <summary>Loads each font file once per process and hands out the same <see cref="FontFace"/>.</summary>
public sealed class FontLibrary
{
    // One Lazy per face: threads asking for the same face wait for it, others load theirs meanwhile.
    private readonly ConcurrentDictionary<(string, int), Lazy<FontFace>> _faces = new();

    public static FontLibrary Shared { get; } = new();

    /// <param name="index">The face in a collection (.ttc, .otc); 0 for a single font.</param>
    public FontFace Load(string path, int index = 0)
    {
        var full = System.IO.Path.GetFullPath(path);
        var lazy = _faces.GetOrAdd((full, index), key => new Lazy<FontFace>(() => new FontFace(key.Item1, key.Item2)));
        try
        {
            return lazy.Value;
        }
        catch
        {
            // A face that failed to load is not remembered: the error is the caller's to report, every time.
            _faces.TryRemove(new KeyValuePair<(string, int), Lazy<FontFace>>((full, index), lazy));
            throw;
        }
    }
}
