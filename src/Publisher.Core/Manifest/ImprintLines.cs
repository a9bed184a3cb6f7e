namespace Publisher.Core.Manifest;

/// <summary>
/// What the imprint (copyright) page says, in both formats: each fact book.yml gives, one to a
/// line, in the order printers use (publisher, edition, date, rights, ISBN). No words are added
/// but "ISBN", which is the same in every language; an explicit identifier is shown only when
/// there is no ISBN, and a derived one never.
/// </summary>
public static class ImprintLines
{
    public static List<string> Of(BookManifest m)
    {
        var lines = new List<string>();
        if (m.Publisher is { Length: > 0 } publisher) lines.Add(publisher);
        if (m.Edition is { Length: > 0 } edition) lines.Add(edition);
        if (m.DateText is { Length: > 0 } date) lines.Add(date);
        if (m.Rights is { Length: > 0 } rights) lines.Add(rights);
        if (m.Isbn is { Length: > 0 } isbn) lines.Add(isbn.StartsWith("ISBN", StringComparison.OrdinalIgnoreCase) ? isbn : "ISBN " + isbn);
        else if (m.Identifier is { Length: > 0 } identifier) lines.Add(identifier);
        return lines;
    }
}
