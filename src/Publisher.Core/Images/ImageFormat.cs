using System.Text;

namespace Publisher.Core.Images;

/// <summary>The image types a book may show: those every EPUB reading system must display.</summary>
public enum ImageFormat { Png, Jpeg, Gif, Svg }

public static class ImageFormats
{
    /// <summary>Enough of a file to find an SVG's root element behind an XML declaration and comments.</summary>
    private const int HeadLength = 4096;

    /// <summary>
    /// The type of an image file, told by its content rather than its name: a PNG renamed
    /// to .jpg would otherwise get the wrong media type in the EPUB, which readers reject.
    /// </summary>
    public static ImageFormat? Detect(string path)
    {
        var head = new byte[HeadLength];
        int length;
        using (var stream = File.OpenRead(path)) length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        return Detect(head.AsSpan(0, length));
    }

    public static ImageFormat? Detect(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A])) return ImageFormat.Png;
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return ImageFormat.Jpeg;
        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8)) return ImageFormat.Gif;
        return IsSvg(head) ? ImageFormat.Svg : null;
    }

    /// <summary>The name people call the type by, for messages.</summary>
    public static string Name(ImageFormat format) => format.ToString().ToUpperInvariant();

    public static string MediaType(ImageFormat format) => format switch
    {
        ImageFormat.Png => "image/png",
        ImageFormat.Jpeg => "image/jpeg",
        ImageFormat.Gif => "image/gif",
        _ => "image/svg+xml",
    };

    public static string Extension(ImageFormat format) => format switch
    {
        ImageFormat.Png => ".png",
        ImageFormat.Jpeg => ".jpg",
        ImageFormat.Gif => ".gif",
        _ => ".svg",
    };

    /// <summary>An XML text (optionally after a byte order mark) whose first element is &lt;svg&gt;.</summary>
    private static bool IsSvg(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) head = head[3..];
        var text = Encoding.UTF8.GetString(head).TrimStart();
        if (!text.StartsWith('<')) return false;
        var position = 0;
        // Skip the XML declaration, comments, processing instructions and a DOCTYPE.
        while (position < text.Length)
        {
            var open = text.IndexOf('<', position);
            if (open < 0) return false;
            if (string.CompareOrdinal(text, open, "<!--", 0, 4) == 0)
            {
                var end = text.IndexOf("-->", open, StringComparison.Ordinal);
                if (end < 0) return false;
                position = end + 3;
                continue;
            }
            if (open + 1 < text.Length && text[open + 1] is '?' or '!')
            {
                position = open + 2;
                continue;
            }
            return string.CompareOrdinal(text, open + 1, "svg", 0, 3) == 0
                   && open + 4 < text.Length && (char.IsWhiteSpace(text[open + 4]) || text[open + 4] is '>' or '/');
        }
        return false;
    }
}
