using System.Xml;
using Publisher.Core.Diagnostics;

namespace Publisher.Core.Images;

/// <summary>
/// Reads an SVG file once with a plain <see cref="XmlReader"/>, a loop that keeps no tree, before
/// anything that recurses over its elements sees it (Svg.Skia, for the PDF, overflowed the stack at
/// 10,000 nested &lt;g&gt;, which .NET cannot catch). The element that passes <see cref="MaxDepth"/>
/// stops the build at its own line and column in the SVG file.
/// </summary>
public static class SvgNesting
{
    /// <summary>
    /// Elements inside elements, the root &lt;svg&gt; being the first. Drawings from Inkscape or
    /// Illustrator nest a few dozen deep at most; Svg.Skia draws this many on any thread's stack.
    /// </summary>
    public const int MaxDepth = 256;

    private static readonly XmlReaderSettings Settings = new()
    {
        // A DOCTYPE is skipped, never followed: no entity expansion, nothing fetched.
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreWhitespace = true,
    };

    /// <param name="displayPath">The SVG file as diagnostics show it.</param>
    /// <exception cref="InvalidDataException">The file is not well-formed XML.</exception>
    public static void Check(string path, string displayPath)
    {
        using var reader = XmlReader.Create(path, Settings);
        var lines = (IXmlLineInfo)reader;
        while (Read(reader))
        {
            if (reader.NodeType != XmlNodeType.Element || reader.Depth < MaxDepth) continue;
            // The reader's position is the element's name; the column shown is its '<'.
            throw BuildFailedException.At(new SourceLocation(displayPath, lines.LineNumber, Math.Max(1, lines.LinePosition - 1)),
                DiagnosticCodes.NestingTooDeep,
                $"SVG nested too deep: elements may stand at most {MaxDepth} inside each other");
        }
    }

    private static bool Read(XmlReader reader)
    {
        try
        {
            return reader.Read();
        }
        catch (XmlException e)
        {
            throw SvgSanitizer.NotWellFormed(e);
        }
    }
}
