namespace Publisher.Layout.Fonts;

/// <summary>Loads each font file once per process and hands out the same <see cref="FontFace"/>.</summary>
public sealed class FontLibrary
{
    private readonly Dictionary<string, FontFace> _faces = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public static FontLibrary Shared { get; } = new();

    public FontFace Load(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        lock (_lock)
        {
            if (!_faces.TryGetValue(full, out var face))
            {
                face = new FontFace(full);
                _faces[full] = face;
            }
            return face;
        }
    }
}
