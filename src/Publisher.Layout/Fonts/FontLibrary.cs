namespace Publisher.Layout.Fonts;

/// <summary>Loads each font file once per process and hands out the same <see cref="FontFace"/>.</summary>
public sealed class FontLibrary
{
    private readonly Dictionary<(string, int), FontFace> _faces = [];
    private readonly Lock _lock = new();

    public static FontLibrary Shared { get; } = new();

    /// <param name="index">The face in a collection (.ttc, .otc); 0 for a single font.</param>
    public FontFace Load(string path, int index = 0)
    {
        var full = System.IO.Path.GetFullPath(path);
        lock (_lock)
        {
            if (!_faces.TryGetValue((full, index), out var face))
            {
                face = new FontFace(full, index);
                _faces[(full, index)] = face;
            }
            return face;
        }
    }
}
