using System.Security.Cryptography;
using System.Text;

namespace Publisher.Pdf.Writer;

/// <summary>
/// Names the file gives its own things. A name may hold at most 127 bytes (ISO 32000-1 Annex C, which PDF/A
/// makes a rule, and MuPDF warns past it): a heading's id can be longer (the Node.js docs have ids of 150
/// characters), so a long one keeps its start and ends in a hash of the whole, which keeps it unique. Bytes are
/// counted as written, a '/' or a letter outside ASCII as its #XX escapes, so that every reader agrees.
/// </summary>
public static class PdfNames
{
    private const int MaxBytes = 127;

    public static PdfName Destination(string id)
    {
        // Most ids are short: even written wholly as escapes (3 bytes for each of a char's up to 3 UTF-8 bytes) they fit.
        if (id.Length * 9 <= MaxBytes || WrittenLength(id) <= MaxBytes) return new PdfName(id);
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(id)).AsSpan(0, 8));
        // Whole characters only, so the start stays valid UTF-8: 127 bytes less the hash and its '~'.
        var start = new StringBuilder();
        var bytes = 0;
        foreach (var rune in id.EnumerateRunes())
        {
            var length = WrittenLength(rune.ToString());
            if (bytes + length > MaxBytes - hash.Length - 1) break;
            start.Append(rune.ToString());
            bytes += length;
        }
        return new PdfName(start + "~" + hash);
    }

    /// <summary>How many bytes <see cref="PdfSyntax.Name"/> writes for <paramref name="value"/>, its '/' aside.</summary>
    private static int WrittenLength(string value)
    {
        var length = 0;
        foreach (var b in Encoding.UTF8.GetBytes(value)) length += PdfSyntax.NeedsEscape(b) ? 3 : 1;
        return length;
    }
}
