namespace Publisher.Pdf.Writer.Images;

/// <summary>
/// What a PDF image dictionary needs from a JPEG file, read from its markers (ITU T.81 Annex B):
/// the frame's size and number of colour components, and whether an Adobe APP14 marker says the
/// CMYK data is stored inverted, as Photoshop writes it.
/// </summary>
internal sealed record JpegHeader(int Width, int Height, int Components, int BitsPerComponent, bool AdobeInverted)
{
    public static JpegHeader Read(ReadOnlySpan<byte> file)
    {
        if (file.Length < 4 || file[0] != 0xFF || file[1] != 0xD8) throw new InvalidDataException("not a JPEG file");
        var adobe = false;
        for (var at = 2; at + 4 <= file.Length;)
        {
            if (file[at] != 0xFF) throw new InvalidDataException("damaged JPEG markers");
            var marker = file[at + 1];
            if (marker == 0xFF) { at++; continue; }
            var length = file[at + 2] << 8 | file[at + 3];
            if (length < 2 || at + 2 + length > file.Length) break;
            var segment = file.Slice(at + 4, length - 2);
            if (marker == 0xEE && segment.Length >= 5 && segment[..5].SequenceEqual("Adobe"u8)) adobe = true;
            // SOF0..SOF15, except DHT (C4), JPG (C8) and DAC (CC), which share the range.
            if (marker is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC) && segment.Length >= 6)
            {
                var components = segment[5];
                return new JpegHeader(segment[3] << 8 | segment[4], segment[1] << 8 | segment[2], components, segment[0],
                    adobe && components == 4);
            }
            at += 2 + length;
        }
        throw new InvalidDataException("the JPEG file has no frame header");
    }
}
