using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Publisher.Pdf.Writer.Images;

namespace Publisher.Pdf.Writer;

/// <summary>
/// Streams compressed in earlier builds of the same process (<c>publisher watch</c>), by the SHA-256 of what they held:
/// after a one-paragraph edit most pages, and the fonts, are the same bytes as before, and compressing them was a third
/// of the PDF's writing. Deflate gives the same output for the same input, so a stream found here is the one it would
/// compress to. Pictures PDF cannot take as they are (a PNG with alpha) are kept decoded and compressed, by the digest of
/// their file, and the EPUB's cover picture by the digest of its pixels. Entries not asked for in the last builds are dropped, so memory follows the book.
/// </summary>
public sealed class DeflateMemory
{
    private readonly ConcurrentDictionary<Digest, Entry<byte[]>> _streams = new();
    private readonly ConcurrentDictionary<Digest, Entry<CompressedPicture>> _pictures = new();
    private readonly ConcurrentDictionary<Digest, Entry<byte[]>> _encoded = new();
    private int _build;
    private int _hits;

    /// <summary>How many builds an entry is kept without being asked for.</summary>
    private const int KeptFor = 2;

    /// <summary>Streams and pictures found here since it was made (for tests).</summary>
    public int Hits => _hits;

    private readonly record struct Digest(UInt128 High, UInt128 Low);

    private sealed class Entry<T>(T value, int build)
    {
        public readonly T Value = value;
        public int Build = build;
    }

    /// <summary>Said when a PDF's writing starts: what no build asked for lately is let go.</summary>
    public void StartBuild()
    {
        var build = Interlocked.Increment(ref _build);
        Sweep(_streams, build);
        Sweep(_pictures, build);
        Sweep(_encoded, build);
    }

    /// <summary><paramref name="data"/> as <see cref="PdfFile.Deflate"/> compresses it, from memory when an earlier build did it.</summary>
    public byte[] Deflate(ReadOnlySpan<byte> data)
    {
        var digest = DigestOf(data);
        if (Found(_streams, digest) is { } kept) return kept;
        var compressed = PdfFile.Deflate(data);
        Keep(_streams, digest, compressed);
        return compressed;
    }

    /// <summary>The picture a file's bytes hold as <paramref name="decode"/> makes it, from memory when an earlier build decoded it.</summary>
    internal CompressedPicture Picture(byte[] file, Func<byte[], CompressedPicture> decode)
    {
        var digest = DigestOf(file);
        if (Found(_pictures, digest) is { } kept) return kept;
        var picture = decode(file);
        Keep(_pictures, digest, picture);
        return picture;
    }

    /// <summary>
    /// Pixels as <paramref name="encode"/> makes them a compressed picture (the EPUB's cover, a PNG), from memory when an
    /// earlier build encoded the same pixels.
    /// </summary>
    internal byte[] Encoded(ReadOnlySpan<byte> pixels, Func<byte[]> encode)
    {
        var digest = DigestOf(pixels);
        if (Found(_encoded, digest) is { } kept) return kept;
        var encoded = encode();
        Keep(_encoded, digest, encoded);
        return encoded;
    }

    private T? Found<T>(ConcurrentDictionary<Digest, Entry<T>> entries, Digest digest) where T : class
    {
        if (!entries.TryGetValue(digest, out var entry)) return null;
        entry.Build = Volatile.Read(ref _build);
        Interlocked.Increment(ref _hits);
        return entry.Value;
    }

    private void Keep<T>(ConcurrentDictionary<Digest, Entry<T>> entries, Digest digest, T value) =>
        entries[digest] = new Entry<T>(value, Volatile.Read(ref _build));

    private static void Sweep<T>(ConcurrentDictionary<Digest, Entry<T>> entries, int build)
    {
        foreach (var (key, entry) in entries)
            if (build - entry.Build > KeptFor) entries.TryRemove(key, out _);
    }

    private static Digest DigestOf(ReadOnlySpan<byte> data)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(data, hash);
        var halves = MemoryMarshal.Cast<byte, UInt128>(hash);
        return new Digest(halves[0], halves[1]);
    }
}
