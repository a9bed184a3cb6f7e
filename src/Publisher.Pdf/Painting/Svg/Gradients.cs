using Publisher.Pdf.Writer;
using Shim = ShimSkiaSharp;

namespace Publisher.Pdf.Painting.Svg;

/// <summary>
/// SVG's linear and radial gradients as PDF shading patterns (ISO 32000-1 §8.7.4.5): an axial or radial
/// shading whose colour comes from a stitching function of linear pieces between the gradient's stops.
/// Stop opacity is not carried over (PDF would need a soft mask); the colours are.
/// </summary>
internal static class Gradients
{
    /// <summary>A pattern for <paramref name="shader"/> in the space of <paramref name="matrix"/>; null for other shaders.</summary>
    public static PdfDict? Pattern(Shim.SKShader shader, Shim.SKMatrix matrix)
    {
        PdfDict shading;
        Shim.SKColorF[]? colors;
        float[]? positions;
        Shim.SKMatrix? local;
        switch (shader)
        {
            case Shim.LinearGradientShader linear:
                (colors, positions, local) = (linear.Colors, linear.ColorPos, linear.LocalMatrix);
                shading = new PdfDict { { "ShadingType", 2 }, { "Coords", PdfArray.Of((double)linear.Start.X, (double)linear.Start.Y, (double)linear.End.X, (double)linear.End.Y) } };
                break;
            case Shim.RadialGradientShader radial:
                (colors, positions, local) = (radial.Colors, radial.ColorPos, radial.LocalMatrix);
                shading = new PdfDict { { "ShadingType", 3 }, { "Coords", PdfArray.Of((double)radial.Center.X, (double)radial.Center.Y, 0.0, (double)radial.Center.X, (double)radial.Center.Y, (double)radial.Radius) } };
                break;
            case Shim.TwoPointConicalGradientShader conical:
                (colors, positions, local) = (conical.Colors, conical.ColorPos, conical.LocalMatrix);
                shading = new PdfDict { { "ShadingType", 3 }, { "Coords", PdfArray.Of((double)conical.Start.X, (double)conical.Start.Y, (double)conical.StartRadius, (double)conical.End.X, (double)conical.End.Y, (double)conical.EndRadius) } };
                break;
            default:
                return null;
        }
        if (colors is not { Length: > 0 }) return null;
        shading.Add("ColorSpace", new PdfName("DeviceRGB"));
        shading.Add("Function", Function(colors, positions));
        shading.Add("Extend", PdfArray.Of(true, true));
        var m = local is { } l ? Matrices.Multiply(l, matrix) : matrix;
        return new PdfDict("Pattern") { { "PatternType", 2 }, { "Shading", shading }, { "Matrix", Matrices.ToArray(m) } };
    }

    private static PdfDict Function(Shim.SKColorF[] colors, float[]? positions)
    {
        if (colors.Length == 1) return Piece(colors[0], colors[0]);
        var stops = positions ?? Enumerable.Range(0, colors.Length).Select(i => (float)i / (colors.Length - 1)).ToArray();
        var pieces = new PdfArray();
        var bounds = new PdfArray();
        var encode = new PdfArray();
        for (var i = 0; i + 1 < colors.Length; i++)
        {
            pieces.Add(Piece(colors[i], colors[i + 1]));
            if (i > 0) bounds.Add((double)Math.Clamp(stops[i], 0, 1));
            encode.Add(0);
            encode.Add(1);
        }
        return new PdfDict { { "FunctionType", 3 }, { "Domain", PdfArray.Of(0, 1) }, { "Functions", pieces }, { "Bounds", bounds }, { "Encode", encode } };
    }

    private static PdfDict Piece(Shim.SKColorF from, Shim.SKColorF to) => new()
    {
        { "FunctionType", 2 },
        { "Domain", PdfArray.Of(0, 1) },
        { "C0", PdfArray.Of((double)from.Red, (double)from.Green, (double)from.Blue) },
        { "C1", PdfArray.Of((double)to.Red, (double)to.Green, (double)to.Blue) },
        { "N", 1 },
    };
}
