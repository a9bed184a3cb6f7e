using System.Xml.Linq;

namespace Publisher.Epub.Tests;

/// <summary>The imprint (copyright) page: after the title page, saying only what book.yml says.</summary>
public class ImprintPageTests
{
    [Fact]
    public void The_sample_s_imprint_follows_its_title_page_in_the_reading_order_and_gives_its_date()
    {
        var epub = Built.Sample;
        var spine = epub.Package.Descendants(EpubFile.Opf + "itemref").Select(r => r.Attribute("idref")!.Value).ToList();
        Assert.Equal(spine.IndexOf("title-page") + 1, spine.IndexOf("imprint"));
        var page = epub.Xml("EPUB/imprint.xhtml");
        var section = page.Descendants(EpubFile.Xhtml + "section").Single();
        Assert.Equal("copyright-page", (string?)section.Attribute(EpubFile.Ops + "type"));
        Assert.Equal(["2024-03-01"], section.Elements(EpubFile.Xhtml + "p").Select(p => p.Value));
    }

    [Fact]
    public void Khojaly_says_nothing_an_imprint_could_hold_so_it_has_none()
    {
        var epub = Built.Khojaly;
        Assert.DoesNotContain("EPUB/imprint.xhtml", epub.EntryNames);
        Assert.DoesNotContain(epub.ManifestItems, i => i.Href == "imprint.xhtml");
    }
}
