using System.IO.Compression;
using System.Text;
using System.Xml.Linq;

namespace Publisher.Epub.Tests;

/// <summary>An EPUB read back from its bytes, as a reading system would find its parts.</summary>
internal sealed class EpubFile
{
    public static readonly XNamespace Opf = "http://www.idpf.org/2007/opf";
    public static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    public static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    public static readonly XNamespace Ops = "http://www.idpf.org/2007/ops";
    public static readonly XNamespace Ncx = "http://www.daisy.org/z3986/2005/ncx/";
    private static readonly XNamespace Container = "urn:oasis:names:tc:opendocument:xmlns:container";

    public EpubFile(byte[] bytes)
    {
        Bytes = bytes;
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            Entries[entry.FullName] = copy.ToArray();
            EntryNames.Add(entry.FullName);
        }
        PackagePath = Xml("META-INF/container.xml").Descendants(Container + "rootfile").Single()
            .Attribute("full-path")!.Value;
        Package = Xml(PackagePath);
        NavigationPath = Resolve(PackagePath, ManifestItems.Single(i => i.Properties?.Split(' ').Contains("nav") == true).Href);
        Navigation = Xml(NavigationPath);
    }

    public byte[] Bytes { get; }
    public Dictionary<string, byte[]> Entries { get; } = new(StringComparer.Ordinal);
    public List<string> EntryNames { get; } = [];
    public string PackagePath { get; }
    public XDocument Package { get; }
    public string NavigationPath { get; }
    public XDocument Navigation { get; }

    public string Text(string path) => Encoding.UTF8.GetString(Entries[path]);

    public XDocument Xml(string path) => XDocument.Parse(Text(path));

    public IEnumerable<(string Id, string Href, string MediaType, string? Properties)> ManifestItems =>
        Package.Descendants(Opf + "item").Select(i => (i.Attribute("id")!.Value, i.Attribute("href")!.Value,
            i.Attribute("media-type")!.Value, i.Attribute("properties")?.Value));

    /// <summary>Zip paths of the spine's documents in reading order (linear ones only).</summary>
    public IReadOnlyList<string> Spine
    {
        get
        {
            var hrefs = ManifestItems.ToDictionary(i => i.Id, i => i.Href);
            return Package.Descendants(Opf + "itemref")
                .Where(r => (string?)r.Attribute("linear") != "no")
                .Select(r => Resolve(PackagePath, hrefs[r.Attribute("idref")!.Value])).ToList();
        }
    }

    /// <summary>Zip path of the EPUB 2 NCX: the manifest item the spine's toc attribute names.</summary>
    public string NcxPath
    {
        get
        {
            var id = Package.Descendants(Opf + "spine").Single().Attribute("toc")!.Value;
            return Resolve(PackagePath, ManifestItems.Single(i => i.Id == id).Href);
        }
    }

    /// <summary>Metadata values of the package's meta elements with this property, in order.</summary>
    public IReadOnlyList<string> MetaValues(string property) => Package.Descendants(Opf + "meta")
        .Where(m => (string?)m.Attribute("property") == property).Select(m => m.Value).ToList();

    public XElement Landmarks => Navigation.Descendants(Xhtml + "nav")
        .Single(n => (string?)n.Attribute(Ops + "type") == "landmarks");

    public XElement TableOfContents => Navigation.Descendants(Xhtml + "nav")
        .Single(n => (string?)n.Attribute(Ops + "type") == "toc");

    /// <summary>The zip path an href in <paramref name="fromEntry"/> points at, without its fragment.</summary>
    public static string Resolve(string fromEntry, string href)
    {
        var path = Uri.UnescapeDataString(href.Split('#')[0]);
        var baseUri = new Uri("epub:/" + fromEntry);
        return new Uri(baseUri, path).AbsolutePath.TrimStart('/');
    }

    /// <summary>The text of a content document's body, entities decoded, white space collapsed.</summary>
    public string BodyText(string path) =>
        CollapseSpace(Xml(path).Descendants(Xhtml + "body").Single().Value);

    public static string CollapseSpace(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
