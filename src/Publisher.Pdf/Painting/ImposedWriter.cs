using Publisher.Layout.Pages;
using Publisher.Typesetting.Images;
using Publisher.Pdf.Rendering;
using Publisher.Pdf.Writer;

namespace Publisher.Pdf.Painting;

/// <summary>
/// The imposed booklet: the pages two to a side of an A4 landscape sheet in saddle-stitch order,
/// meeting at the fold, at their own size where they fit (an A5 booklet fills the sheet) and scaled
/// down where they do not. Each page is written once, as a form XObject, and placed on its sheet.
/// Links and destinations are left out: the file is for printing.
/// </summary>
internal static class ImposedWriter
{
    private const double SheetWidth = 297 * 72 / 25.4, SheetHeight = 210 * 72 / 25.4;

    public static void Write(Stream output, IReadOnlyList<Page> pages, ImageLibrary images, DocumentInfo info)
    {
        using var file = new PdfFile(output);
        var resources = new PdfResources(file, images);
        var forms = new PdfRef?[pages.Count];
        var tree = file.Allocate();
        var kids = new PdfArray();
        foreach (var side in SaddleStitch.Sides(pages.Count))
        {
            var content = new PdfContent();
            var xObjects = new PdfDict();
            foreach (var (number, leftHalf) in new[] { (side.Left, true), (side.Right, false) })
            {
                if (number is not { } n) continue;
                var page = pages[n - 1];
                forms[n - 1] ??= Form(file, resources, page);
                var name = $"P{n}";
                xObjects.Add(name, forms[n - 1]);
                var scale = Math.Min(1, Math.Min(SheetWidth / 2 / page.Width, SheetHeight / page.Height));
                var (width, height) = (page.Width * scale, page.Height * scale);
                content.Save();
                content.Transform(scale, 0, 0, scale, leftHalf ? SheetWidth / 2 - width : SheetWidth / 2, (SheetHeight - height) / 2);
                content.DrawXObject(name);
                content.Restore();
            }
            var sheet = new PdfDict("Page")
            {
                { "Parent", tree },
                { "MediaBox", PdfArray.Of(0, 0, SheetWidth, SheetHeight) },
                { "Resources", new PdfDict { { "XObject", xObjects } } },
                { "Contents", file.AddStream(new PdfDict(), content.Bytes) },
            };
            kids.Add(file.Add(sheet));
        }
        resources.Finish();
        file.Write(tree, new PdfDict("Pages") { { "Kids", kids }, { "Count", kids.Count } });
        var catalog = new PdfDict("Catalog") { { "Pages", tree }, { "Lang", new PdfText(info.Language) } };
        file.Finish(file.Add(catalog), file.Add(info.Dictionary()));
    }

    /// <summary>A page as a form: its content, clipped to the page (a cover's picture overflows it).</summary>
    private static PdfRef Form(PdfFile file, PdfResources resources, Page page)
    {
        var canvas = new PageCanvas(resources, page, bleed: 0);
        var content = canvas.Paint(0, 0, page.Height);
        return file.AddStream(new PdfDict("XObject")
        {
            { "Subtype", new PdfName("Form") },
            { "BBox", PdfArray.Of(0, 0, page.Width, page.Height) },
            { "Resources", resources.Reference },
        }, content.Bytes);
    }
}
