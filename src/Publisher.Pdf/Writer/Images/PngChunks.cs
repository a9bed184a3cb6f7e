using System.Buffers.Binary;

namespace Publisher.Pdf.Writer.Images;

/// <summary>
/// A PNG file's chunks as a PDF needs them (PNG specification §11): the header, the palette, the
/// transparency and the compressed image data, which PDF reads as it is (Flate with PNG predictors).
/// </summary>
internal sealed class PngChunks
{
    public int Width { get; private init; }
    public int Height { get; private init; }
    public int BitDepth { get; private init; }
    /// <summary>0 grey, 2 RGB, 3 palette, 4 grey with alpha, 6 RGB with alpha.</summary>
    public int ColorType { get; private init; }
    public bool Interlaced { get; private init; }
    public byte[]? Palette { get; private init; }
    public byte[]? Transparency { get; private init; }
    public required byte[] Data { get; init; }

    public int Colors => ColorType switch { 0 or 3 or 4 => 1, _ => 3 };

    /// <summary>
    /// True when PDF can take the data as it is: no alpha channel to split off, no interlacing (PDF's
    /// predictors know only the plain row order), and no palette transparency (which needs a soft mask).
    /// </summary>
    public bool PassesThrough => !Interlaced && ColorType is 0 or 2 or 3 && !(ColorType == 3 && Transparency is not null);

    public static PngChunks Read(ReadOnlySpan<byte> file)
    {
        ReadOnlySpan<byte> signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
        if (file.Length < 8 || !file[..8].SequenceEqual(signature)) throw new InvalidDataException("not a PNG file");
        int width = 0, height = 0, depth = 0, type = -1;
        var interlaced = false;
        byte[]? palette = null, transparency = null;
        using var data = new MemoryStream();
        for (var at = 8; at + 8 <= file.Length;)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(file[at..]);
            if (length < 0 || at + 12L + length > file.Length) throw new InvalidDataException("a PNG chunk is cut short");
            var kind = file.Slice(at + 4, 4);
            var body = file.Slice(at + 8, length);
            if (kind.SequenceEqual("IHDR"u8) && length >= 13)
            {
                width = (int)BinaryPrimitives.ReadUInt32BigEndian(body);
                height = (int)BinaryPrimitives.ReadUInt32BigEndian(body[4..]);
                (depth, type, interlaced) = (body[8], body[9], body[12] != 0);
            }
            else if (kind.SequenceEqual("PLTE"u8)) palette = body.ToArray();
            else if (kind.SequenceEqual("tRNS"u8)) transparency = body.ToArray();
            else if (kind.SequenceEqual("IDAT"u8)) data.Write(body);
            else if (kind.SequenceEqual("IEND"u8)) break;
            at += 12 + length;
        }
        if (width <= 0 || height <= 0 || type < 0 || data.Length == 0) throw new InvalidDataException("the PNG file has no image header or data");
        if (type == 3 && palette is null) throw new InvalidDataException("the PNG file has no palette");
        return new PngChunks
        {
            Width = width, Height = height, BitDepth = depth, ColorType = type, Interlaced = interlaced,
            Palette = palette, Transparency = transparency, Data = data.ToArray(),
        };
    }
}
