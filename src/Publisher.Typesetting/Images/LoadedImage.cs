namespace Publisher.Typesetting.Images;

/// <summary>
/// An image file read once per build, for its natural size (the PDF writer embeds the file itself).
/// Natural size is the image's pixels at 96 per inch — the CSS pixel an EPUB reader shows it at — so a
/// picture takes the same share of the text in both formats.
/// </summary>
public abstract class LoadedImage : IDisposable
{
    /// <summary>Points per CSS pixel (72 / 96).</summary>
    public const double PointsPerPixel = 0.75;

    /// <summary>Natural width and height in points.</summary>
    public abstract double Width { get; }
    public abstract double Height { get; }

    public abstract void Dispose();
}
