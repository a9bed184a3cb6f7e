using System.Buffers;
using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;

namespace Publisher.Pdf.Writer;

/// <summary>
/// A PDF file written front to back (ISO 32000-1 §7.5): header, indirect objects as they are
/// finished, then the cross-reference table and the trailer. Objects go to the output as soon as
/// they are written, so a long book's pages need not all be held in memory. The file identifier
/// (/ID) is a hash of everything before the trailer: the same content gives the same bytes.
/// </summary>
/// <remarks>
/// The caller's thread numbers the objects and turns each into bytes (its dictionaries may change after); compressing a
/// stream, writing and hashing happen in the same order on another core (<see cref="OrderedOutput"/>): Pro Git's
/// content streams and fonts are compressed while the next pages are painted.
/// </remarks>
public sealed class PdfFile : IDisposable
{
    private readonly Stream _output;
    private readonly OrderedOutput _jobs = new();
    // The caller's side: whether each object number (index 0 is the free-list head) is written yet.
    private readonly List<bool> _written = [true];
    // The output's side: byte offset of each object by number, the bytes waiting to go out, their hash.
    private readonly List<long> _offsets = [0];
    private readonly ArrayBufferWriter<byte> _buffer = new(1 << 16);
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private long _position;
    private bool _finished;

    public PdfFile(Stream output, string version = "1.7")
    {
        _output = output;
        _jobs.Add(() =>
        {
            PdfSyntax.Ascii(_buffer, $"%PDF-{version}\n");
            // A comment of bytes above 127 tells file-transfer tools that the file is binary (§7.5.2).
            _buffer.Write((ReadOnlySpan<byte>)[(byte)'%', 0xE2, 0xE3, 0xCF, 0xD3, (byte)'\n']);
            Flush();
        });
    }

    /// <summary>Streams compressed by earlier builds (<c>publisher watch</c>), to take instead of compressing them again; null: none.</summary>
    public DeflateMemory? Compressed { get; init; }

    /// <summary>Reserves an object number, for an object that others point at before it is written.</summary>
    public PdfRef Allocate()
    {
        _written.Add(false);
        return new PdfRef(_written.Count - 1);
    }

    /// <summary>Writes <paramref name="value"/> as a new indirect object.</summary>
    public PdfRef Add(object value)
    {
        var reference = Allocate();
        Write(reference, value);
        return reference;
    }

    public void Write(PdfRef reference, object value)
    {
        var bytes = Serialized(value);
        Object(reference, () => _buffer.Write(bytes));
    }

    /// <summary>A stream of data compressed with Flate (content streams, fonts, ToUnicode maps, XMP is not).</summary>
    public PdfRef AddStream(PdfDict dictionary, ReadOnlySpan<byte> data, bool compress = true)
    {
        var reference = Allocate();
        WriteStream(reference, dictionary, data, compress);
        return reference;
    }

    public void WriteStream(PdfRef reference, PdfDict dictionary, ReadOnlySpan<byte> data, bool compress = true)
    {
        if (!compress)
        {
            WriteBytes(reference, dictionary, data.ToArray());
            return;
        }
        if (dictionary["Length"] is not null)
        {
            // A /Length given beforehand keeps its place in the dictionary: compressed here, to know it.
            WriteDeflated(reference, dictionary, Compress(data));
            return;
        }
        // The dictionary as it is now, less its closing ">>", and the /Length the compressed data will have after it:
        // the bytes WriteDeflated gives, which adds /Filter and then /Length at the end.
        dictionary["Filter"] = new PdfName("FlateDecode");
        var head = Serialized(dictionary);
        var open = head.AsMemory(0, head.Length - 2);
        var copy = data.ToArray();
        Object(reference, () =>
        {
            var compressed = Compress(copy);
            _buffer.Write(open.Span);
            PdfSyntax.Name(_buffer, "Length");
            PdfSyntax.Ascii(_buffer, " ");
            PdfSyntax.Write(_buffer, compressed.Length);
            PdfSyntax.Ascii(_buffer, ">>\nstream\n");
            _buffer.Write(compressed);
            PdfSyntax.Ascii(_buffer, "\nendstream");
        });
    }

    /// <summary><paramref name="data"/> as <see cref="Deflate"/> compresses it, taken from <see cref="Compressed"/> when an earlier build did it.</summary>
    public byte[] Compress(ReadOnlySpan<byte> data) => Compressed?.Deflate(data) ?? Deflate(data);

    /// <summary>A stream of data already compressed by <see cref="Deflate"/>: the same object as <see cref="AddStream"/> of the data.</summary>
    public PdfRef AddDeflated(PdfDict dictionary, byte[] compressed)
    {
        var reference = Allocate();
        WriteDeflated(reference, dictionary, compressed);
        return reference;
    }

    private void WriteDeflated(PdfRef reference, PdfDict dictionary, byte[] compressed)
    {
        dictionary["Filter"] = new PdfName("FlateDecode");
        WriteBytes(reference, dictionary, compressed);
    }

    /// <summary>A stream of <paramref name="bytes"/> as they are, which no one changes after.</summary>
    private void WriteBytes(PdfRef reference, PdfDict dictionary, byte[] bytes)
    {
        dictionary["Length"] = bytes.Length;
        var head = Serialized(dictionary);
        Object(reference, () =>
        {
            _buffer.Write(head);
            PdfSyntax.Ascii(_buffer, "\nstream\n");
            _buffer.Write(bytes);
            PdfSyntax.Ascii(_buffer, "\nendstream");
        });
    }

    /// <summary>zlib-wrapped Deflate, the stream format of /FlateDecode; the same input always gives the same bytes.</summary>
    public static byte[] Deflate(ReadOnlySpan<byte> data)
    {
        using var memory = new MemoryStream(data.Length / 2 + 64);
        using (var zlib = new ZLibStream(memory, CompressionLevel.Optimal, leaveOpen: true)) zlib.Write(data);
        return memory.ToArray();
    }

    /// <summary>Writes the cross-reference table and the trailer; the file is complete after this, every byte written.</summary>
    public void Finish(PdfRef catalog, PdfRef? info)
    {
        if (_finished) throw new InvalidOperationException("the PDF is already finished");
        var missing = _written.IndexOf(false);
        if (missing > 0) throw new InvalidOperationException($"PDF object {missing} was allocated but never written");
        _finished = true;
        _jobs.Add(() =>
        {
            Flush();
            var id = _hash.GetHashAndReset()[..16];
            var xref = _position;
            PdfSyntax.Ascii(_buffer, $"xref\n0 {_offsets.Count.ToString(CultureInfo.InvariantCulture)}\n0000000000 65535 f \n");
            for (var i = 1; i < _offsets.Count; i++)
                PdfSyntax.Ascii(_buffer, $"{_offsets[i].ToString("D10", CultureInfo.InvariantCulture)} 00000 n \n");
            var trailer = new PdfDict { { "Size", _offsets.Count }, { "Root", catalog } };
            trailer.AddIf("Info", info);
            trailer.Add("ID", PdfArray.Of(new PdfBytes(id), new PdfBytes(id)));
            PdfSyntax.Ascii(_buffer, "trailer\n");
            PdfSyntax.Write(_buffer, trailer);
            PdfSyntax.Ascii(_buffer, $"\nstartxref\n{xref.ToString(CultureInfo.InvariantCulture)}\n%%EOF\n");
            Flush();
        });
        _jobs.Complete();
    }

    /// <summary>Ends the output's thread; a file not finished is left as far as it got (its stream is the caller's to drop).</summary>
    public void Dispose() => _jobs.Dispose();

    /// <summary>An indirect object whose body <paramref name="body"/> writes, on the output's side.</summary>
    private void Object(PdfRef reference, Action body)
    {
        if (_finished) throw new InvalidOperationException("the PDF is already finished");
        if (_written[reference.Number]) throw new InvalidOperationException($"PDF object {reference.Number} is written twice");
        _written[reference.Number] = true;
        var number = reference.Number;
        _jobs.Add(() =>
        {
            while (_offsets.Count <= number) _offsets.Add(-1);
            _offsets[number] = _position;
            PdfSyntax.Ascii(_buffer, $"{number.ToString(CultureInfo.InvariantCulture)} 0 obj\n");
            body();
            PdfSyntax.Ascii(_buffer, "\nendobj\n");
            Flush();
        });
    }

    [ThreadStatic] private static ArrayBufferWriter<byte>? _serializing;

    /// <summary>The bytes of <paramref name="value"/> as it is now.</summary>
    private static byte[] Serialized(object value)
    {
        var buffer = _serializing ??= new ArrayBufferWriter<byte>(1 << 12);
        buffer.ResetWrittenCount();
        PdfSyntax.Write(buffer, value);
        return buffer.WrittenSpan.ToArray();
    }

    private void Flush()
    {
        var written = _buffer.WrittenSpan;
        _output.Write(written);
        // The trailer's bytes join a hash no one reads after the identifier is taken from it.
        _hash.AppendData(written);
        _position += written.Length;
        _buffer.ResetWrittenCount();
    }
}
