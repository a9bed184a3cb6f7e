using System.Globalization;
using System.Text;
using System.Xml;
using Publisher.Core.Templates;
using Publisher.Pdf.Standards;

namespace Publisher.Pdf.Painting;

/// <summary>
/// The document's XMP packet (ISO 16684-1, ISO 32000-1 §14.3.2): the same title, authors, subject, language
/// and dates as the information dictionary (<see cref="DocumentInfo"/>), so that tools reading either agree,
/// and the identification of the standards the file is written to: PDF/UA-1's <c>pdfuaid:part</c> always,
/// PDF/A-2's <c>pdfaid</c> and PDF/X-4's <c>pdfxid</c> when the template asks for them. PDF/A admits only the
/// XMP schemas it predefines unless the packet describes the others, so an archival packet carries the
/// description of pdfuaid and pdfxid (ISO 19005-2 §6.6.2.3.2). Written as UTF-8 by an XML writer, so a title
/// with '&lt;' or quotes stays well-formed.
/// </summary>
internal static class XmpMetadata
{
    private const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    private static readonly (string Prefix, string Uri)[] Namespaces =
    [
        ("dc", "http://purl.org/dc/elements/1.1/"),
        ("xmp", "http://ns.adobe.com/xap/1.0/"),
        ("pdf", "http://ns.adobe.com/pdf/1.3/"),
        ("pdfuaid", "http://www.aiim.org/pdfua/ns/id/"),
        ("pdfaid", "http://www.aiim.org/pdfa/ns/id/"),
        ("pdfxid", "http://www.npes.org/pdfx/ns/id/"),
        ("xmpMM", "http://ns.adobe.com/xap/1.0/mm/"),
        ("pdfaExtension", "http://www.aiim.org/pdfa/ns/extension/"),
        ("pdfaSchema", "http://www.aiim.org/pdfa/ns/schema#"),
        ("pdfaProperty", "http://www.aiim.org/pdfa/ns/property#"),
    ];

    public static byte[] Packet(DocumentInfo info) => Packet(info, PdfStandard.Plain);

    public static byte[] Packet(DocumentInfo info, PdfStandard standard)
    {
        var spec = standard.Spec;
        var xml = new StringBuilder();
        using (var writer = XmlWriter.Create(xml, new XmlWriterSettings { OmitXmlDeclaration = true, Indent = true, IndentChars = " " }))
        {
            writer.WriteStartElement("x", "xmpmeta", "adobe:ns:meta/");
            writer.WriteStartElement("rdf", "RDF", Rdf);
            writer.WriteStartElement("rdf", "Description", Rdf);
            writer.WriteAttributeString("rdf", "about", Rdf, "");
            foreach (var (prefix, uri) in Namespaces) writer.WriteAttributeString("xmlns", prefix, null, uri);

            Alternative(writer, "title", info.Title);
            if (info.Author.Length > 0)
            {
                writer.WriteStartElement("dc", "creator", Uri("dc"));
                writer.WriteStartElement("rdf", "Seq", Rdf);
                // PDF/A's validators take the dictionary's Author to equal dc:creator only when it has one entry.
                foreach (var author in standard.IsArchival ? [info.Author] : info.Authors) writer.WriteElementString("rdf", "li", Rdf, author);
                writer.WriteEndElement();
                writer.WriteEndElement();
            }
            if (info.Subject.Length > 0) Alternative(writer, "description", info.Subject);
            writer.WriteStartElement("dc", "language", Uri("dc"));
            writer.WriteStartElement("rdf", "Bag", Rdf);
            writer.WriteElementString("rdf", "li", Rdf, info.Language);
            writer.WriteEndElement();
            writer.WriteEndElement();

            var date = XmpDate(info.Date);
            writer.WriteElementString("xmp", "CreateDate", Uri("xmp"), date);
            writer.WriteElementString("xmp", "ModifyDate", Uri("xmp"), date);
            writer.WriteElementString("xmp", "MetadataDate", Uri("xmp"), date);
            writer.WriteElementString("xmp", "CreatorTool", Uri("xmp"), DocumentInfo.Tool);
            writer.WriteElementString("pdf", "Producer", Uri("pdf"), DocumentInfo.Tool);
            writer.WriteElementString("pdfuaid", "part", Uri("pdfuaid"), "1");
            if (standard.IsArchival)
            {
                writer.WriteElementString("pdfaid", "part", Uri("pdfaid"), "2");
                writer.WriteElementString("pdfaid", "conformance", Uri("pdfaid"), spec.Archival == PdfArchival.A2a ? "A" : "U");
            }
            if (spec.IsPdfX)
            {
                writer.WriteElementString("pdfxid", "GTS_PDFXVersion", Uri("pdfxid"), "PDF/X-4");
                writer.WriteElementString("pdf", "Trapped", Uri("pdf"), "False");
                // PDF/X-4 names the document and its version; the same book gives the same id.
                writer.WriteElementString("xmpMM", "DocumentID", Uri("xmpMM"), DocumentId(info));
                writer.WriteElementString("xmpMM", "VersionID", Uri("xmpMM"), "1");
                writer.WriteElementString("xmpMM", "RenditionClass", Uri("xmpMM"), "default");
            }
            if (standard.IsArchival) ExtensionSchemas(writer, spec.IsPdfX);
            writer.WriteEndDocument();
        }
        // The packet wrapper lets tools that know nothing of PDF find the metadata by scanning the bytes.
        var packet = "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n" + xml + "\n<?xpacket end=\"r\"?>";
        return Encoding.UTF8.GetBytes(packet);
    }

    /// <summary>The descriptions PDF/A asks for of the schemas it does not predefine: PDF/UA's, and PDF/X's when used.</summary>
    private static void ExtensionSchemas(XmlWriter writer, bool pdfx)
    {
        writer.WriteStartElement("pdfaExtension", "schemas", Uri("pdfaExtension"));
        writer.WriteStartElement("rdf", "Bag", Rdf);
        Schema(writer, "PDF/UA identification schema", "pdfuaid", ("part", "Integer", "the part of ISO 14289 the file follows"));
        if (pdfx) Schema(writer, "PDF/X identification schema", "pdfxid", ("GTS_PDFXVersion", "Text", "the PDF/X version the file follows"));
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static void Schema(XmlWriter writer, string name, string prefix, params (string Name, string Type, string Description)[] properties)
    {
        writer.WriteStartElement("rdf", "li", Rdf);
        writer.WriteAttributeString("rdf", "parseType", Rdf, "Resource");
        writer.WriteElementString("pdfaSchema", "schema", Uri("pdfaSchema"), name);
        writer.WriteElementString("pdfaSchema", "namespaceURI", Uri("pdfaSchema"), Uri(prefix));
        writer.WriteElementString("pdfaSchema", "prefix", Uri("pdfaSchema"), prefix);
        writer.WriteStartElement("pdfaSchema", "property", Uri("pdfaSchema"));
        writer.WriteStartElement("rdf", "Seq", Rdf);
        foreach (var property in properties)
        {
            writer.WriteStartElement("rdf", "li", Rdf);
            writer.WriteAttributeString("rdf", "parseType", Rdf, "Resource");
            writer.WriteElementString("pdfaProperty", "name", Uri("pdfaProperty"), property.Name);
            writer.WriteElementString("pdfaProperty", "valueType", Uri("pdfaProperty"), property.Type);
            writer.WriteElementString("pdfaProperty", "category", Uri("pdfaProperty"), "internal");
            writer.WriteElementString("pdfaProperty", "description", Uri("pdfaProperty"), property.Description);
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    /// <summary>A UUID made from the title, the authors and the date: the same book names itself the same way on every build.</summary>
    private static string DocumentId(DocumentInfo info)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes($"{info.Title}\n{info.Author}\n{XmpDate(info.Date)}"));
        hash[6] = (byte)(hash[6] & 0x0F | 0x50);
        hash[8] = (byte)(hash[8] & 0x3F | 0x80);
        return "uuid:" + new Guid(hash[..16], bigEndian: true).ToString();
    }

    private static string Uri(string prefix) => Namespaces.First(n => n.Prefix == prefix).Uri;

    private static void Alternative(XmlWriter writer, string name, string value)
    {
        writer.WriteStartElement("dc", name, Uri("dc"));
        writer.WriteStartElement("rdf", "Alt", Rdf);
        writer.WriteStartElement("rdf", "li", Rdf);
        writer.WriteAttributeString("xml", "lang", null, "x-default");
        writer.WriteString(value);
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    /// <summary>The same instant as the information dictionary's D:YYYYMMDDHHmmSS+00'00'.</summary>
    private static string XmpDate(DateTimeOffset date) =>
        date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + "+00:00";
}
