using System.Security.Cryptography;
using System.Text;

namespace Publisher.Core.Books;

/// <summary>
/// The default identifier of a book: a name-based UUID (RFC 9562 version 5) of the
/// book's folder name, so it is the same on every build and every machine.
/// </summary>
public static class BookIdentifier
{
    // A namespace UUID of our own, so our ids never collide with other tools' v5 ids.
    private static readonly Guid Namespace = new("6f1c8a52-3b7e-4f0a-9d2e-5a4b1c0e7d93");

    public static string FromName(string bookName) => "urn:uuid:" + NameBased(bookName);

    internal static Guid NameBased(string name)
    {
        var bytes = new byte[16 + Encoding.UTF8.GetByteCount(name)];
        Namespace.TryWriteBytes(bytes, bigEndian: true, out _);
        Encoding.UTF8.GetBytes(name, bytes.AsSpan(16));
        var hash = SHA1.HashData(bytes).AsSpan(0, 16).ToArray();
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50); // version 5
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80); // RFC variant
        return new Guid(hash, bigEndian: true);
    }
}
