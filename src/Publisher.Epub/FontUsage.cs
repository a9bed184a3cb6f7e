using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Publisher.Core.Books;
using Publisher.Core.Markdown;
using Publisher.Core.Templates;

namespace Publisher.Epub;

/// <summary>A face the stylesheet asks for: a template font family in a weight and style.</summary>
internal readonly record struct FontFace(string Family, bool Bold, bool Italic);

/// <summary>
/// Works out which faces the book's text is set in, so that only those are embedded:
/// a book without emphasis does not carry an italic font.
/// </summary>
internal static class FontUsage
{
    public static IReadOnlySet<FontFace> Of(Book book)
    {
        var template = book.Template;
        var faces = new HashSet<FontFace>();
        var body = template.Body.Text;
        faces.Add(new FontFace(body.Font, false, false));
        faces.Add(Face(body));

        foreach (var chapter in book.Chapters)
        {
            foreach (var leaf in chapter.Document.Descendants<LeafBlock>())
            {
                // Code blocks have no inlines (Markdig keeps their text raw): they are counted first.
                if (leaf is CodeBlock code)
                {
                    faces.Add(Face(template.Code.Block.Text));
                    faces.UnionWith(HighlightStyles.Faces(template, code));
                    continue;
                }
                if (leaf.Inline is null) continue;
                var cell = Ancestor<TableCell>(leaf);
                var style = leaf is HeadingBlock heading
                    ? template.Headings[Math.Clamp(heading.Level, 1, 6) - 1].Text
                    : leaf is ParagraphBlock paragraph && Figures.Image(paragraph) is not null ? template.Figures.Caption.Text
                    : cell is not null ? template.Table.Text
                    : InsideQuote(leaf) ? template.Quote.Block.Text : body;
                if (leaf.Inline.Descendants<CodeInline>().Any())
                    faces.Add(new FontFace(template.Code.Block.Text.Font, false, false));
                // Header cells are set in the template's header weight (the stylesheet says so for th).
                var bold = style.Bold || cell is { Parent: TableRow { IsHeader: true } } && template.Table.HeaderBold;
                faces.Add(new FontFace(style.Font, bold, style.Italic));
                AddEmphasis(leaf.Inline, style.Font, bold, style.Italic, faces);
            }
        }

        if (template.TitlePage.Enabled)
        {
            var manifest = book.Manifest;
            faces.Add(Face(template.TitlePage.Title.Text));
            if (!string.IsNullOrEmpty(manifest.Subtitle)) faces.Add(Face(template.TitlePage.Subtitle.Text));
            if (manifest.Authors.Count > 0) faces.Add(Face(template.TitlePage.Authors.Text));
        }
        return faces;
    }

    private static bool InsideQuote(Block block)
    {
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
            if (parent is QuoteBlock) return true;
        return false;
    }

    private static T? Ancestor<T>(Block block) where T : Block
    {
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
            if (parent is T found) return found;
        return null;
    }

    private static FontFace Face(TextStyleSpec style) => new(style.Font, style.Bold, style.Italic);

    private static void AddEmphasis(ContainerInline container, string family, bool bold, bool italic, HashSet<FontFace> faces)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (inline is not ContainerInline child) continue;
            var (b, i) = (bold, italic);
            if (child is EmphasisInline emphasis && InlineRoles.Of(emphasis) is { } role)
            {
                (b, i) = (b || InlineRoles.Bold(role), i || InlineRoles.Italic(role));
                faces.Add(new FontFace(family, b, i));
            }
            AddEmphasis(child, family, b, i, faces);
        }
    }
}
