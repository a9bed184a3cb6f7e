using System.Text;
using Publisher.Pdf.Writer;

namespace Publisher.Pdf.Tests.Writer;

/// <summary>The object layer alone: a file it writes is well-formed, and the same content gives the same bytes.</summary>
public sealed class PdfFileTests
{
    [Fact]
    public void A_one_page_file_is_accepted_by_qpdf_and_every_renderer_and_shows_its_drawing()
    {
        var pdf = OnePage(0x000000);
        PrintTemplates.AssertQpdfAccepts(pdf);
        Renderers.AssertAllRender(pdf);
        var page = PrintTemplates.Render(pdf, 1);
        // The square drawn from (10, 10) to (60, 60) in PDF space stands near the bottom-left corner.
        Assert.Equal(0, page.Darkest(20, page.Height - 50, 50, page.Height - 20));
        Assert.Equal(255, page.Darkest(80, 0, page.Width - 1, page.Height - 1));
    }

    [Fact]
    public void The_same_content_gives_the_same_bytes_and_other_content_another_identifier()
    {
        var black = OnePage(0x000000);
        Assert.Equal(black, OnePage(0x000000));
        var red = OnePage(0xFF0000);
        Assert.NotEqual(Id(black), Id(red));
    }

    [Fact]
    public void An_object_allocated_but_never_written_is_a_mistake_caught_before_the_file_ends()
    {
        using var file = new PdfFile(new MemoryStream());
        var forgotten = file.Allocate();
        var catalog = file.Add(new PdfDict("Catalog") { { "Pages", forgotten } });
        var e = Assert.Throws<InvalidOperationException>(() => file.Finish(catalog, null));
        Assert.Contains($"object {forgotten.Number}", e.Message);
    }

    [Fact]
    public async Task A_failing_output_fails_the_file_at_its_end_and_a_file_given_up_half_way_lets_its_writer_go()
    {
        // The output is written on another thread: a full disk still reaches the caller, not a hung or silent build.
        var full = new PdfFile(new FullDisk());
        var pages = full.Allocate();
        full.Write(pages, new PdfDict("Pages") { { "Kids", new PdfArray() }, { "Count", 0 } });
        var e = Assert.Throws<IOException>(() => full.Finish(full.Add(new PdfDict("Catalog") { { "Pages", pages } }), null));
        Assert.Contains("No space left", e.Message);
        full.Dispose();

        // A writer that stops half-way (an error while painting) disposes the file: its thread ends, nothing more is written.
        var output = new MemoryStream();
        var abandoned = new PdfFile(output);
        for (var i = 0; i < 200; i++) abandoned.AddStream(new PdfDict(), new byte[10_000]);
        await Task.Run(abandoned.Dispose).WaitAsync(TimeSpan.FromSeconds(10));
        var length = output.Length;
        await Task.Delay(50);
        Assert.Equal(length, output.Length);
    }

    private sealed class FullDisk : MemoryStream
    {
        public override void Write(ReadOnlySpan<byte> buffer) => throw new IOException("No space left on device");
        public override void Write(byte[] buffer, int offset, int count) => throw new IOException("No space left on device");
    }

    private static byte[] OnePage(uint color)
    {
        using var output = new MemoryStream();
        using var file = new PdfFile(output);
        var pages = file.Allocate();
        var content = new PdfContent();
        content.FillColor(color);
        content.Rectangle(10, 10, 50, 50);
        content.Fill();
        var page = file.Add(new PdfDict("Page")
        {
            { "Parent", pages },
            { "MediaBox", PdfArray.Of(0, 0, 200, 100) },
            { "Resources", new PdfDict() },
            { "Contents", file.AddStream(new PdfDict(), content.Bytes) },
        });
        file.Write(pages, new PdfDict("Pages") { { "Kids", PdfArray.Of(page) }, { "Count", 1 } });
        file.Finish(file.Add(new PdfDict("Catalog") { { "Pages", pages } }), null);
        return output.ToArray();
    }

    private static string Id(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var at = text.LastIndexOf("/ID[", StringComparison.Ordinal);
        return text[at..text.IndexOf(']', at)];
    }
}
