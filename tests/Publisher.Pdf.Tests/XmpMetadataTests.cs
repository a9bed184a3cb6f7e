using System.Globalization;
using System.Xml.Linq;

namespace Publisher.Pdf.Tests;

/// <summary>The XMP packet parses as XML, agrees with the information dictionary and names PDF/UA-1.</summary>
public sealed class XmpMetadataTests
{
    private static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Xmp = "http://ns.adobe.com/xap/1.0/";

    [Fact]
    public void The_xmp_says_what_the_information_dictionary_says()
    {
        // Characters XML must escape, and two authors: the packet must stay well-formed and keep them apart.
        var root = TestBooks.Write("title: \"Ships <& Harbours> \\\"old\\\"\"\nsubtitle: A survey\nauthors: [Ada Lovelace, Émile Zola]\nlanguage: fr\ndate: 2024-03-01\n",
            ("01.md", "# One\n\nText.\n"));
        var (_, pdf) = TestBooks.Build(root, "sample");

        var xmp = XDocument.Parse(Poppler.Run("pdfinfo", pdf, "-meta").Trim());
        var info = Poppler.Run("pdfinfo", pdf, "-isodates").Split('\n').Where(l => l.Contains(':'))
            .ToDictionary(l => l[..l.IndexOf(':')], l => l[(l.IndexOf(':') + 1)..].Trim());

        string Alt(string name) => xmp.Descendants(Dc + name).Single().Descendants(Rdf + "li").Single().Value;
        Assert.Equal("Ships <& Harbours> \"old\"", Alt("title"));
        Assert.Equal(info["Title"], Alt("title"));
        Assert.Equal(info["Subject"], Alt("description"));
        var authors = xmp.Descendants(Dc + "creator").Single().Descendants(Rdf + "li").Select(l => l.Value).ToList();
        Assert.Equal(["Ada Lovelace", "Émile Zola"], authors);
        Assert.Equal(info["Author"], string.Join(", ", authors));
        Assert.Equal("fr", xmp.Descendants(Dc + "language").Single().Descendants(Rdf + "li").Single().Value);

        // The same instant in both (pdfinfo -isodates prints the dictionary's dates in ISO 8601).
        var created = DateTimeOffset.Parse(xmp.Descendants(Xmp + "CreateDate").Single().Value, CultureInfo.InvariantCulture);
        Assert.Equal(DateTimeOffset.Parse(info["CreationDate"], CultureInfo.InvariantCulture), created);
        Assert.Equal(xmp.Descendants(Xmp + "ModifyDate").Single().Value, xmp.Descendants(Xmp + "CreateDate").Single().Value);

        Assert.Equal("1", xmp.Descendants((XNamespace)"http://www.aiim.org/pdfua/ns/id/" + "part").Single().Value);
        Assert.Equal("yes", info["Tagged"]);
    }
}
