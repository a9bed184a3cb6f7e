namespace Publisher.Core.Images;

/// <summary>
/// Reads a PNG, JPEG or GIF file's pixel size from its header and walks its structure to the end
/// (PNG chunks to IEND, JPEG segments and scans to EOI, GIF blocks to the trailer) without decoding
/// a pixel. A file cut short, or with garbage where a chunk or segment should be, throws
/// <see cref="InvalidDataException"/>; the size lets a build refuse a picture too large to decode
/// before any decoder allocates its pixels. Damage inside compressed pixel data is left to the
/// decoder (the PDF backend decodes every PNG and GIF).
/// </summary>
public static class RasterStructure
{
    public static (int Width, int Height) Read(string path, ImageFormat format)
    {
        using var file = File.OpenRead(path);
        var reader = new ByteReader(new BufferedStream(file, 4096));
        try
        {
            return format switch
            {
                ImageFormat.Png => Png(reader),
                ImageFormat.Jpeg => Jpeg(reader),
                ImageFormat.Gif => Gif(reader),
                _ => throw new ArgumentOutOfRangeException(nameof(format), format, "not a raster format"),
            };
        }
        catch (EndOfStreamException)
        {
            throw new InvalidDataException("the file is cut short");
        }
    }

    private static (int, int) Png(ByteReader reader)
    {
        reader.Skip(8); // the signature, checked by ImageFormats.Detect
        if (reader.UInt32() != 13 || reader.UInt32() != 0x49484452) // IHDR
            throw new InvalidDataException("its header (IHDR) is missing");
        var (width, height) = (reader.UInt32(), reader.UInt32());
        reader.Skip(5 + 4); // bit depth, colour type, compression, filter, interlace; CRC
        var data = false;
        while (true)
        {
            var length = reader.UInt32();
            var type = reader.UInt32();
            if (length > int.MaxValue) throw new InvalidDataException("a chunk's length is damaged");
            if (type == 0x49454E44) break; // IEND
            if (type == 0x49444154) data = true; // IDAT
            reader.Skip(length + 4);
        }
        if (!data) throw new InvalidDataException("it holds no pixel data (IDAT)");
        return Size(width, height);
    }

    private static (int, int) Jpeg(ByteReader reader)
    {
        reader.Skip(2); // SOI, checked by ImageFormats.Detect
        uint width = 0, height = 0;
        var scanned = false;
        var marker = reader.Marker();
        while (marker != 0xD9) // EOI
        {
            if (marker is >= 0xD0 and <= 0xD7 or 0x01) { marker = reader.Marker(); continue; } // no length
            var length = reader.UInt16();
            if (length < 2) throw new InvalidDataException("a segment's length is damaged");
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC) // a start of frame
            {
                reader.Skip(1);
                (height, width) = (reader.UInt16(), reader.UInt16());
                reader.Skip(length - 7u);
            }
            else reader.Skip(length - 2u);
            if (marker == 0xDA) // start of scan: entropy-coded data runs to the next marker that is not a restart
            {
                scanned = true;
                marker = reader.AfterEntropyCodedData();
            }
            else marker = reader.Marker();
        }
        if (!scanned) throw new InvalidDataException("it holds no pixel data (no scan)");
        return Size(width, height);
    }

    private static (int, int) Gif(ByteReader reader)
    {
        reader.Skip(6); // GIF87a or GIF89a, checked by ImageFormats.Detect
        var (width, height) = (reader.UInt16LittleEndian(), reader.UInt16LittleEndian());
        var packed = reader.Byte();
        reader.Skip(2);
        if ((packed & 0x80) != 0) reader.Skip(3u << ((packed & 7) + 1)); // global colour table
        var frames = 0;
        for (var block = reader.Byte(); block != 0x3B; block = reader.Byte()) // trailer
        {
            switch (block)
            {
                case 0x21: // extension: a label, then sub-blocks
                    reader.Skip(1);
                    reader.SkipSubBlocks();
                    break;
                case 0x2C: // image: position and size, a local colour table, LZW code size, sub-blocks
                    reader.Skip(8);
                    var local = reader.Byte();
                    if ((local & 0x80) != 0) reader.Skip(3u << ((local & 7) + 1));
                    reader.Skip(1);
                    reader.SkipSubBlocks();
                    frames++;
                    break;
                default:
                    throw new InvalidDataException($"a block of unknown type 0x{block:X2} where an image or extension should start");
            }
        }
        if (frames == 0) throw new InvalidDataException("it holds no image");
        return Size(width, height);
    }

    private static (int, int) Size(uint width, uint height) =>
        width is 0 or > int.MaxValue || height is 0 or > int.MaxValue
            ? throw new InvalidDataException("its header gives it no size")
            : ((int)width, (int)height);

    /// <summary>Big-endian reads over a stream; the end of the stream throws <see cref="EndOfStreamException"/>.</summary>
    private sealed class ByteReader(Stream stream)
    {
        public byte Byte()
        {
            var b = stream.ReadByte();
            return b < 0 ? throw new EndOfStreamException() : (byte)b;
        }

        public ushort UInt16() => (ushort)(Byte() << 8 | Byte());
        public ushort UInt16LittleEndian() => (ushort)(Byte() | Byte() << 8);
        public uint UInt32() => (uint)UInt16() << 16 | UInt16();

        public void Skip(long count)
        {
            if (stream.Position + count > stream.Length) throw new EndOfStreamException();
            stream.Seek(count, SeekOrigin.Current);
        }

        public void SkipSubBlocks()
        {
            for (var size = Byte(); size != 0; size = Byte()) Skip(size);
        }

        /// <summary>A JPEG marker's code: 0xFF, any fill bytes 0xFF, then the code.</summary>
        public byte Marker()
        {
            if (Byte() != 0xFF) throw new InvalidDataException("a segment is damaged: no marker where one should start");
            byte code;
            do code = Byte(); while (code == 0xFF);
            return code;
        }

        /// <summary>Skips a scan's data (where 0xFF is followed by 0 or a restart code) and returns the marker after it.</summary>
        public byte AfterEntropyCodedData()
        {
            while (true)
            {
                if (Byte() != 0xFF) continue;
                byte code;
                do code = Byte(); while (code == 0xFF);
                if (code != 0 && code is not (>= 0xD0 and <= 0xD7)) return code;
            }
        }
    }
}
