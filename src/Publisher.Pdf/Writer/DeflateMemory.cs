using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Publisher.Core.Caching;
using Publisher.Pdf.Writer.Images;

namespace Publisher.Pdf.Writer;

/// <summary>
/// Streams compressed in earlier builds of the same process (<c>publisher watch</c>), by the SHA-256 of what they held:
/// after a one-paragraph edit most pages, and the fonts, are the same bytes as before, and compressing them was a third
/// of the PDF's writing. Deflate gives the same output for the same input, so a stream found here is the one it would
/// compress to. Pictures PDF cannot take as they are (a PNG with alpha) are kept decoded and compressed, by the digest of
/// their file, and the EPUB's cover picture by the digest of its pixels.
/// </summary>
public sealed class DeflateMemory
{
    /// <summary>What no build asked for in the last two is let go.</summary>
    private const int KeptFor = 2;

    private readonly KeptAcrossBuilds<Digest, byte[]> _streams = new(KeptFor);
    private readonly KeptAcrossBuilds<Digest, CompressedPicture> _pictures = new(KeptFor);
    private readonly KeptAcrossBuilds<Digest, byte[]> _encoded = new(KeptFor);

    /// <summary>Streams and pictures found here since it was made (for tests).</summary>
    public int Hits => _streams.Hits + _pictures.Hits + _encoded.Hits;

    private readonly record struct Digest(UInt128 High, UInt128 Low);

    /// <summary>Said when a PDF's writing starts.</summary>
    public void StartBuild()
    {
        _streams.StartBuild();
        _pictures.StartBuild();
        _encoded.StartBuild();
    }

    /// <summary><paramref name="data"/> as <see cref="PdfFile.Deflate"/> compresses it, from memory when an earlier build did it.</summary>
    public byte[] Deflate(ReadOnlySpan<byte> data)
    {
        var digest = DigestOf(data);
        if (_streams.Find(digest) is { } kept) return kept;
        var compressed = PdfFile.Deflate(data);
        _streams.Keep(digest, compressed);
        return compressed;
    }

    /// <summary>The picture a file's bytes hold as <paramref name="decode"/> makes it, from memory when an earlier build decoded it.</summary>
    internal CompressedPicture Picture(byte[] file, Func<byte[], CompressedPicture> decode)
    {
        var digest = DigestOf(file);
        if (_pictures.Find(digest) is { } kept) return kept;
        var picture = decode(file);
        _pictures.Keep(digest, picture);
        return picture;
    }

    /// <summary>
    /// Pixels as <paramref name="encode"/> makes them a compressed picture (the EPUB's cover, a PNG), from memory when an
    /// earlier build encoded the same pixels.
    /// </summary>
    internal byte[] Encoded(ReadOnlySpan<byte> pixels, Func<byte[]> encode)
    {
        var digest = DigestOf(pixels);
        if (_encoded.Find(digest) is { } kept) return kept;
        var encoded = encode();
        _encoded.Keep(digest, encoded);
        return encoded;
    }

    private static Digest DigestOf(ReadOnlySpan<byte> data)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(data, hash);
        var halves = MemoryMarshal.Cast<byte, UInt128>(hash);
        return new Digest(halves[0], halves[1]);
    }
}
