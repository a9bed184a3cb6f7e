namespace Publisher.Core.Markdown;

/// <summary>Where a link's URL leads, as far as the URL alone tells.</summary>
public enum LinkTargetKind
{
    /// <summary>http, https or mailto: kept as a link in both formats.</summary>
    External,
    /// <summary>Any other scheme (javascript:, vbscript:, data:, file:…): a link that could run or read something.</summary>
    UnsafeScheme,
    /// <summary>A place in the book: a fragment, or a path relative to the chapter (a chapter file, or a file that is not one).</summary>
    Relative,
    /// <summary>An absolute path (<c>/x</c>) or a host without a scheme (<c>//host/x</c>): nothing a book carries.</summary>
    Rooted,
}

/// <summary>
/// The one rule for which links the outputs keep, for Markdown links and raw HTML alike: only http, https and
/// mailto leave the book. Schemes are matched as written, case aside; a colon before the first <c>/</c>, <c>?</c>
/// or <c>#</c> makes a scheme, so <c>java&amp;#x09;script:</c> or <c>c:\x</c> are schemes and refused too.
/// </summary>
public static class LinkTargets
{
    public static readonly IReadOnlyList<string> AllowedSchemes = ["http", "https", "mailto"];

    public static LinkTargetKind Classify(string url)
    {
        var trimmed = url.Trim();
        if (Scheme(trimmed) is { } scheme)
            return AllowedSchemes.Contains(scheme.ToLowerInvariant()) ? LinkTargetKind.External : LinkTargetKind.UnsafeScheme;
        return trimmed.StartsWith('/') || trimmed.StartsWith('\\') ? LinkTargetKind.Rooted : LinkTargetKind.Relative;
    }

    /// <summary>The text before the URL's first colon when that colon comes before any <c>/</c>, <c>?</c> or <c>#</c>.</summary>
    public static string? Scheme(string url)
    {
        var end = url.IndexOfAny([':', '/', '?', '#']);
        return end > 0 && url[end] == ':' ? url[..end] : null;
    }

    /// <summary>A URL that raw HTML may keep in the EPUB: an external link or a place in the same chapter.</summary>
    public static bool IsSafeInRawHtml(string url) =>
        Classify(url) == LinkTargetKind.External || url.StartsWith('#');
}
