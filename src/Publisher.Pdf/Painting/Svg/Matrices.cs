using Publisher.Pdf.Writer;
using Shim = ShimSkiaSharp;

namespace Publisher.Pdf.Painting.Svg;

/// <summary>Skia's affine matrices in PDF's terms: Skia's [ScaleX SkewX TransX; SkewY ScaleY TransY] is PDF's [a c e; b d f].</summary>
internal static class Matrices
{
    public static readonly Shim.SKMatrix Identity = Shim.SKMatrix.CreateIdentity();

    public static PdfArray ToArray(Shim.SKMatrix m) =>
        PdfArray.Of((double)m.ScaleX, (double)m.SkewY, (double)m.SkewX, (double)m.ScaleY, (double)m.TransX, (double)m.TransY);

    public static void Apply(PdfContent content, Shim.SKMatrix m) =>
        content.Transform(m.ScaleX, m.SkewY, m.SkewX, m.ScaleY, m.TransX, m.TransY);

    /// <summary>First <paramref name="first"/>, then <paramref name="then"/>.</summary>
    public static Shim.SKMatrix Multiply(Shim.SKMatrix first, Shim.SKMatrix then) => new()
    {
        ScaleX = then.ScaleX * first.ScaleX + then.SkewX * first.SkewY,
        SkewX = then.ScaleX * first.SkewX + then.SkewX * first.ScaleY,
        TransX = then.ScaleX * first.TransX + then.SkewX * first.TransY + then.TransX,
        SkewY = then.SkewY * first.ScaleX + then.ScaleY * first.SkewY,
        ScaleY = then.SkewY * first.SkewX + then.ScaleY * first.ScaleY,
        TransY = then.SkewY * first.TransX + then.ScaleY * first.TransY + then.TransY,
        Persp2 = 1,
    };

    /// <summary>The matrix that undoes <paramref name="m"/>; the identity when it cannot be undone.</summary>
    public static Shim.SKMatrix Invert(Shim.SKMatrix m)
    {
        var det = m.ScaleX * m.ScaleY - m.SkewX * m.SkewY;
        if (Math.Abs(det) < 1e-12) return Identity;
        return new Shim.SKMatrix
        {
            ScaleX = m.ScaleY / det,
            SkewX = -m.SkewX / det,
            TransX = (m.SkewX * m.TransY - m.ScaleY * m.TransX) / det,
            SkewY = -m.SkewY / det,
            ScaleY = m.ScaleX / det,
            TransY = (m.SkewY * m.TransX - m.ScaleX * m.TransY) / det,
            Persp2 = 1,
        };
    }
}
