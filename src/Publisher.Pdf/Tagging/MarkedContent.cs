using Publisher.Layout.Pages;
using Publisher.Layout.Structure;
using Publisher.Pdf.Writer;

namespace Publisher.Pdf.Tagging;

/// <summary>
/// Wraps what one page paints in marked content (ISO 32000-1 §14.6, §14.7.4): the items of one structure
/// element, as they follow each other, in a sequence tagged with its role and a marked-content id
/// (<c>/P &lt;&lt;/MCID 3&gt;&gt; BDC … EMC</c>); everything else (running heads, folios, rules, tints, crop
/// marks) as an artifact. The ids are the page's, from 0; <see cref="Elements"/> says whose each one is.
/// </summary>
internal sealed class MarkedContent(PdfContent content)
{
    private StructureElement? _open;
    private bool _isOpen;

    /// <summary>For each marked-content id of the page, in order, its element.</summary>
    public List<StructureElement> Elements { get; } = [];

    /// <summary>
    /// Makes the sequence around <paramref name="item"/> the right one, ending the one before if it is another's.
    /// <paramref name="closeText"/> ends a text object first: a sequence may not cross a text object's bounds.
    /// </summary>
    /// <param name="actualText">Text to read in place of the item's (a hyphen added by line breaking: a soft hyphen);
    /// the item then gets a sequence of its own, so that no span need stand inside another (which poppler's
    /// reading of the structure does not follow).</param>
    public void Enter(PageItem item, Action closeText, string? actualText = null)
    {
        var element = item.Element is { } e && !ReferenceEquals(e, StructureElement.Artifact) ? e : null;
        if (_isOpen && !_isSpan && actualText is null && ReferenceEquals(element, _open)) return;
        closeText();
        Close();
        if (element is null)
        {
            content.BeginMarkedContent("Artifact");
        }
        else
        {
            var properties = new PdfDict { { "MCID", Elements.Count } };
            if (actualText is not null) properties.Add("ActualText", new PdfText(actualText));
            content.BeginMarkedContent(actualText is null ? element.Role.ToString() : "Span", properties);
            Elements.Add(element);
        }
        _open = element;
        _isOpen = true;
        _isSpan = actualText is not null;
    }

    private bool _isSpan;

    /// <summary>Ends the open sequence, if any (before the page's last Q, or before an artifact painted apart).</summary>
    public void Close()
    {
        if (!_isOpen) return;
        content.EndMarkedContent();
        _isOpen = false;
        _open = null;
    }
}
