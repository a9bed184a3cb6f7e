using System.Xml.Linq;

namespace Publisher.Epub;

/// <summary>META-INF/container.xml: tells a reading system where the package document is.</summary>
internal static class ContainerWriter
{
    private static readonly XNamespace Container = "urn:oasis:names:tc:opendocument:xmlns:container";

    public static string Write(string packagePath) => PackageDocumentWriter.Serialize(new XDocument(
        new XElement(Container + "container", new XAttribute("version", "1.0"),
            new XElement(Container + "rootfiles",
                new XElement(Container + "rootfile",
                    new XAttribute("full-path", packagePath),
                    new XAttribute("media-type", EpubMediaTypes.Package))))));
}
