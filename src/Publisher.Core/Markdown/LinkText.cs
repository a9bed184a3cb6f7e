using Markdig.Syntax.Inlines;

namespace Publisher.Core.Markdown;

/// <summary>Turns a link into its text where it stands, for links neither format may keep.</summary>
public static class LinkText
{
    /// <summary>The link's content (text, emphasis, code) takes its place; a link without content leaves its URL as text.</summary>
    public static void Replace(LinkInline link)
    {
        if (link.FirstChild is null)
        {
            link.ReplaceBy(new LiteralInline(link.Url ?? ""));
            return;
        }
        // Last to first, each just after the link: Markdig's InsertBefore leaves the inserted inline without its
        // previous sibling, so walks from the end (Descendants) lost what came before it, raw HTML tags among them.
        while (link.LastChild is { } child)
        {
            child.Remove();
            link.InsertAfter(child);
        }
        link.Remove();
    }

    public static void Replace(AutolinkInline autolink) => autolink.ReplaceBy(new LiteralInline(autolink.Url));
}
