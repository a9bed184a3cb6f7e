using System.Globalization;
using System.Text;
using System.Xml;

namespace Publisher.Pdf.Painting;

/// <summary>
/// The document's XMP packet (ISO 16684-1, ISO 32000-1 §14.3.2): the same title, authors, subject, language
/// and dates as the information dictionary (<see cref="DocumentInfo"/>), so that tools reading either agree,
/// and the identification of the standards the file is written to (PDF/UA-1's <c>pdfuaid:part</c>).
/// Written as UTF-8 by an XML writer, so a title with '&lt;' or quotes stays well-formed.
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
    ];

    public static byte[] Packet(DocumentInfo info)
    {
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
                foreach (var author in info.Authors) writer.WriteElementString("rdf", "li", Rdf, author);
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
            writer.WriteEndDocument();
        }
        // The packet wrapper lets tools that know nothing of PDF find the metadata by scanning the bytes.
        var packet = "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n" + xml + "\n<?xpacket end=\"r\"?>";
        return Encoding.UTF8.GetBytes(packet);
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
