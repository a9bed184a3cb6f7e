using System.Buffers.Binary;
using System.Text;

namespace Publisher.Core.Templates;

/// <summary>
/// An ICC colour profile file (ICC.1:2010 §7): where it is, its colour space, how many components a colour in
/// it has, and its description, which names the printing condition it was made for ("Coated FOGRA39").
/// Read from the 128-byte header and the 'desc' tag only.
/// </summary>
public sealed record IccProfile(string Path, string ColorSpace, int Components, string Description)
{
    private static readonly Lazy<IccProfile> ShippedSrgb = new(() =>
        Read(System.IO.Path.Combine(TemplateLocator.BuiltInDirectory, "icc", "sRGB.icc")).Profile
        ?? throw new InvalidOperationException("the shipped templates/icc/sRGB.icc is missing or damaged"));

    /// <summary>The sRGB profile shipped with the templates (templates/icc, zlib licence), for PDF/A's output intent.</summary>
    public static IccProfile Srgb => ShippedSrgb.Value;

    /// <summary>The profile at <paramref name="path"/>, or the reason it cannot describe a printing condition.</summary>
    /// <summary>Far above any printing condition's profile (FOGRA's are under 2 MB): a larger file is no profile to read whole.</summary>
    private const long MaxBytes = 16 << 20;

    public static (IccProfile? Profile, string? Problem) Read(string path)
    {
        byte[] data;
        try
        {
            if (new FileInfo(path).Length > MaxBytes) return (null, $"it is larger than {MaxBytes >> 20} MB, which no ICC profile is");
            data = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return (null, e.Message); }
        return Parse(path, data);
    }

    public static (IccProfile? Profile, string? Problem) Parse(string path, ReadOnlySpan<byte> data)
    {
        if (data.Length < 132 || !data.Slice(36, 4).SequenceEqual("acsp"u8)) return (null, "it is not an ICC profile (no 'acsp' signature)");
        var size = BinaryPrimitives.ReadUInt32BigEndian(data);
        if (size > data.Length) return (null, $"the file is cut short ({data.Length} of its {size} bytes)");
        var deviceClass = Encoding.ASCII.GetString(data.Slice(12, 4));
        var space = Encoding.ASCII.GetString(data.Slice(16, 4)).TrimEnd();
        // A printing condition is an output device's: a printer profile ('prtr'), or a display or colour-space one for RGB.
        if (deviceClass is not ("prtr" or "mntr" or "spac"))
            return (null, $"it is a '{deviceClass}' profile; a printing condition needs an output ('prtr') profile");
        var components = space switch { "CMYK" => 4, "RGB" => 3, "GRAY" => 1, _ => 0 };
        if (components == 0) return (null, $"its colour space is '{space}'; PDF/X takes CMYK, RGB or Gray output profiles");
        var description = DescriptionTag(data) is { Length: > 0 } d ? d : System.IO.Path.GetFileNameWithoutExtension(path);
        return (new IccProfile(path, space, components, description), null);
    }

    /// <summary>The 'desc' tag's text: ASCII in a version 2 'desc' type, the first UTF-16 record of a version 4 'mluc'.</summary>
    private static string? DescriptionTag(ReadOnlySpan<byte> data)
    {
        var count = BinaryPrimitives.ReadUInt32BigEndian(data[128..]);
        for (var i = 0; i < count && 132 + 12 * (i + 1) <= data.Length; i++)
        {
            var entry = data.Slice(132 + 12 * i, 12);
            if (!entry[..4].SequenceEqual("desc"u8)) continue;
            var offset = BinaryPrimitives.ReadUInt32BigEndian(entry[4..]);
            var length = BinaryPrimitives.ReadUInt32BigEndian(entry[8..]);
            if (offset + (long)length > data.Length || length < 12) return null;
            var tag = data.Slice((int)offset, (int)length);
            if (tag[..4].SequenceEqual("desc"u8))
            {
                var chars = (int)Math.Min(BinaryPrimitives.ReadUInt32BigEndian(tag[8..]), (uint)(tag.Length - 12));
                return Encoding.ASCII.GetString(tag.Slice(12, chars)).TrimEnd('\0').Trim();
            }
            if (tag[..4].SequenceEqual("mluc"u8) && tag.Length >= 28 && BinaryPrimitives.ReadUInt32BigEndian(tag[8..]) > 0)
            {
                var textLength = BinaryPrimitives.ReadUInt32BigEndian(tag[20..]);
                var textOffset = BinaryPrimitives.ReadUInt32BigEndian(tag[24..]);
                if (textOffset + (long)textLength > tag.Length) return null;
                return Encoding.BigEndianUnicode.GetString(tag.Slice((int)textOffset, (int)textLength)).TrimEnd('\0').Trim();
            }
            return null;
        }
        return null;
    }
}
