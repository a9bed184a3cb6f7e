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
public sealed class PdfFile
{
    private readonly Stream _output;
    // Byte offset of each object by number (index 0 is the free-list head); -1: allocated, not written yet.
    private readonly List<long> _offsets = [0];
    private readonly ArrayBufferWriter<byte> _buffer = new(1 << 16);
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private long _position;
    private bool _finished;

    public PdfFile(Stream output, string version = "1.7")
    {
        _output = output;
        PdfSyntax.Ascii(_buffer, $"%PDF-{version}\n");
        // A comment of bytes above 127 tells file-transfer tools that the file is binary (§7.5.2).
        _buffer.Write((ReadOnlySpan<byte>)[(byte)'%', 0xE2, 0xE3, 0xCF, 0xD3, (byte)'\n']);
        Flush();
    }

    /// <summary>Streams compressed by earlier builds (<c>publisher watch</c>), to take instead of compressing them again; null: none.</summary>
    public DeflateMemory? Compressed { get; init; }

    /// <summary>Reserves an object number, for an object that others point at before it is written.</summary>
    public PdfRef Allocate()
    {
        _offsets.Add(-1);
        return new PdfRef(_offsets.Count - 1);
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
        Begin(reference);
        PdfSyntax.Write(_buffer, value);
        End();
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
        if (compress)
        {
            WriteDeflated(reference, dictionary, Compress(data));
            return;
        }
        WriteBytes(reference, dictionary, data);
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

    private void WriteBytes(PdfRef reference, PdfDict dictionary, ReadOnlySpan<byte> bytes)
    {
        dictionary["Length"] = bytes.Length;
        Begin(reference);
        PdfSyntax.Write(_buffer, dictionary);
        PdfSyntax.Ascii(_buffer, "\nstream\n");
        _buffer.Write(bytes);
        PdfSyntax.Ascii(_buffer, "\nendstream");
        End();
    }

    /// <summary>zlib-wrapped Deflate, the stream format of /FlateDecode; the same input always gives the same bytes.</summary>
    public static byte[] Deflate(ReadOnlySpan<byte> data)
    {
        using var memory = new MemoryStream(data.Length / 2 + 64);
        using (var zlib = new ZLibStream(memory, CompressionLevel.Optimal, leaveOpen: true)) zlib.Write(data);
        return memory.ToArray();
    }

    /// <summary>Writes the cross-reference table and the trailer; the file is complete after this.</summary>
    public void Finish(PdfRef catalog, PdfRef? info)
    {
        if (_finished) throw new InvalidOperationException("the PDF is already finished");
        var missing = _offsets.FindIndex(1, o => o < 0);
        if (missing > 0) throw new InvalidOperationException($"PDF object {missing} was allocated but never written");
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
        _finished = true;
    }

    private void Begin(PdfRef reference)
    {
        if (_offsets[reference.Number] >= 0) throw new InvalidOperationException($"PDF object {reference.Number} is written twice");
        Flush();
        _offsets[reference.Number] = _position;
        PdfSyntax.Ascii(_buffer, $"{reference.Number.ToString(CultureInfo.InvariantCulture)} 0 obj\n");
    }

    private void End()
    {
        PdfSyntax.Ascii(_buffer, "\nendobj\n");
        Flush();
    }

    private void Flush()
    {
        var written = _buffer.WrittenSpan;
        _output.Write(written);
        if (!_finished) _hash.AppendData(written);
        _position += written.Length;
        _buffer.ResetWrittenCount();
    }
}
