using Publisher.Layout.Pages;
using Publisher.Typesetting.Building;
using Publisher.Typesetting.Images;
using Publisher.Pdf.Rendering;
using Publisher.Typesetting.Contents;
using Publisher.Pdf.Writer;
using Publisher.Pdf.Tagging;
using Publisher.Layout.Structure;
using Publisher.Pdf.Standards;

namespace Publisher.Pdf.Painting;

/// <summary>
/// Writes a book's pages as a PDF file with Publisher's own writer: each page is painted and written
/// as soon as its turn comes, then the fonts (subset to the glyphs used), the named destinations, the
/// bookmarks, the page labels and the catalog.
/// </summary>
internal static class PdfDocumentWriter
{
    public static void Write(Stream output, IReadOnlyList<Page> pages, ImageLibrary images, DocumentInfo info,
        IReadOnlyList<OutlineEntry> outline, PageLabels labels, PrintBoxes print, PdfStandard? standard = null,
        DeflateMemory? compressed = null, Action<int>? written = null)
    {
        standard ??= PdfStandard.Plain;
        using var file = new PdfFile(output, standard.Version) { Compressed = compressed };
        var resources = new PdfResources(file, images, standard);
        var tree = file.Allocate();
        var pageRefs = pages.Select(_ => file.Allocate()).ToList();
        var destinations = new PdfDict();
        // The first place of a name is where it leads (a set: a long book has thousands of names).
        var named = new HashSet<PdfName>();
        var structure = new StructureTreeWriter(file);
        // Each page's stream is copied out when it is handed to the file (which compresses it on its own thread): one
        // buffer serves every page.
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(1 << 16);
        for (var i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            var canvas = new PageCanvas(resources, page, print.Bleed, tagged: true, buffer);
            var (left, top) = print.TrimOrigin;
            var content = canvas.Paint(left, top, print.MediaHeight, print.IsTrimOnly ? null : c =>
            {
                // What runs past the bleed is cut off there, so a full-bleed picture never covers the crop marks.
                c.Rectangle(-print.Bleed, -print.Bleed, page.Width + 2 * print.Bleed, page.Height + 2 * print.Bleed);
                c.Clip();
            });
            if (print.CropMarks)
            {
                content.BeginMarkedContent("Artifact");
                CropMarks.Draw(content, print);
                content.EndMarkedContent();
            }

            // Positions on the page in PDF's space: from the sheet's bottom-left corner, y upwards.
            double X(double x) => left + x;
            double Y(double y) => print.MediaHeight - top - y;
            PdfArray Box(Rect r) => PdfArray.Of(X(r.X), Y(r.Bottom), X(r.Right), Y(r.Y));

            var annotations = new PdfArray();
            // Each link annotation is the content of a Link element in the paragraph it stands in, and says where it leads.
            void AddLink(PageItem item, Rect area, string contents, Action<PdfDict> target)
            {
                var annotation = file.Allocate();
                var dict = Link(Box(area), target);
                dict.Add("Contents", new PdfText(contents));
                if (item.Element is { } element && !ReferenceEquals(element, StructureElement.Artifact))
                    dict.Add("StructParent", structure.AddLink(pageRefs[i], annotation, element));
                file.Write(annotation, dict);
                annotations.Add(annotation);
            }
            var structParents = structure.AddPage(pageRefs[i], canvas.Marks!.Elements);
            foreach (var link in canvas.UriLinks)
                AddLink(link, link.Area, link.Uri, a => a.Add("A", new PdfDict { { "S", new PdfName("URI") }, { "URI", new PdfText(link.Uri) } }));
            foreach (var link in canvas.InternalLinks)
                AddLink(link, link.Area, "A place in this book", a => a.Add("Dest", PdfNames.Destination(link.Destination)));
            foreach (var destination in canvas.Destinations)
                if (PdfNames.Destination(destination.Name) is var name && named.Add(name))
                    destinations.Add(name, PdfArray.Of(pageRefs[i], new PdfName("XYZ"), X(destination.X), Y(destination.Y), null));

            var pageDict = new PdfDict("Page")
            {
                { "Parent", tree },
                { "MediaBox", PdfArray.Of(0, 0, print.MediaWidth, print.MediaHeight) },
            };
            // PDF/X asks every page for its trim, even where it is the whole sheet.
            if (!print.IsTrimOnly || standard.Spec.IsPdfX)
            {
                pageDict.Add("TrimBox", print.TrimBox());
                pageDict.Add("BleedBox", print.BleedBox());
            }
            pageDict.Add("Resources", resources.Reference);
            pageDict.Add("Contents", file.AddStream(new PdfDict(), content.Bytes));
            pageDict.Add("StructParents", structParents);
            if (annotations.Count > 0)
            {
                pageDict.Add("Annots", annotations);
                // Tab through the annotations in the order of the structure (PDF/UA).
                pageDict.Add("Tabs", new PdfName("S"));
            }
            file.Write(pageRefs[i], pageDict);
            written?.Invoke(i);
        }
        resources.Finish();
        file.Write(tree, new PdfDict("Pages") { { "Kids", new PdfArray(pageRefs.Cast<object?>()) }, { "Count", pages.Count } });

        var catalog = new PdfDict("Catalog") { { "Pages", tree } };
        catalog.Add("Lang", new PdfText(info.Language));
        if (structure.Finish() is { } structTreeRoot)
        {
            catalog.Add("StructTreeRoot", structTreeRoot);
            catalog.Add("MarkInfo", new PdfDict { { "Marked", true } });
        }
        // Metadata streams stay uncompressed, so that tools which know nothing of PDF can find them.
        catalog.Add("Metadata", file.AddStream(new PdfDict("Metadata") { { "Subtype", new PdfName("XML") } }, XmpMetadata.Packet(info, standard), compress: false));
        if (standard.OutputIntents(file) is { } intents) catalog.Add("OutputIntents", intents);
        // A reader's window shows the book's title, not the file's name; a right-to-left book's facing pages are
        // shown bound on the right, the first page on the right (ISO 32000-1 §12.2, /Direction).
        var preferences = new PdfDict { { "DisplayDocTitle", true } };
        if (Core.Text.TextDirection.IsRightToLeft(info.Language)) preferences.Add("Direction", new PdfName("R2L"));
        catalog.Add("ViewerPreferences", preferences);
        catalog.Add("PageLabels", PageLabelTree(labels));
        if (destinations.Count > 0) catalog.Add("Dests", file.Add(destinations));
        if (OutlineWriter.Write(file, outline) is { } outlines)
        {
            catalog.Add("Outlines", outlines);
            catalog.Add("PageMode", new PdfName("UseOutlines"));
        }
        var infoDict = info.Dictionary();
        standard.AddTo(infoDict);
        file.Finish(file.Add(catalog), file.Add(infoDict));
    }

    /// <summary>
    /// /PageLabels (§12.4.2), a number tree written inline: lower-case roman from the first page when there is
    /// front matter, decimal from 1 where the text starts; the numbers the pages print.
    /// </summary>
    private static PdfDict PageLabelTree(PageLabels labels)
    {
        var decimalStyle = new PdfDict { { "S", new PdfName("D") } };
        var nums = labels.FrontMatterPages == 0
            ? PdfArray.Of(0, decimalStyle)
            : PdfArray.Of(0, new PdfDict { { "S", new PdfName("r") } }, labels.FrontMatterPages, decimalStyle);
        return new PdfDict { { "Nums", nums } };
    }

    private static PdfDict Link(PdfArray rect, Action<PdfDict> target)
    {
        var link = new PdfDict("Annot") { { "Subtype", new PdfName("Link") }, { "Rect", rect }, { "Border", PdfArray.Of(0, 0, 0) }, { "F", 4 } };
        target(link);
        return link;
    }
}
