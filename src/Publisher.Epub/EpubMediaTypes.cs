namespace Publisher.Epub;

/// <summary>The media types an EPUB names in its container and package document.</summary>
internal static class EpubMediaTypes
{
    public const string Epub = "application/epub+zip";
    public const string Package = "application/oebps-package+xml";
    public const string Xhtml = "application/xhtml+xml";
    public const string Css = "text/css";
    public const string Ncx = "application/x-dtbncx+xml";
    public const string TrueType = "font/ttf";
    public const string OpenType = "font/otf";

    /// <summary>Image types every EPUB reading system must support (core media types).</summary>
    public static string? ForImage(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".jpg" or ".jpeg" => "image/jpeg",
        ".png" => "image/png",
        ".gif" => "image/gif",
        ".svg" => "image/svg+xml",
        _ => null,
    };

    public static string ForFont(string fileName) =>
        Path.GetExtension(fileName).Equals(".otf", StringComparison.OrdinalIgnoreCase) ? OpenType : TrueType;
}
