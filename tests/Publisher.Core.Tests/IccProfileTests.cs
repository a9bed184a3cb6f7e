using System.Buffers.Binary;
using System.Text;
using Publisher.Core.Templates;

namespace Publisher.Core.Tests;

/// <summary>An ICC profile named as a printing condition: its colour space and the description that names the condition.</summary>
public sealed class IccProfileTests
{
    [Fact]
    public void The_shipped_srgb_profile_is_an_rgb_profile_named_srgb()
    {
        var srgb = IccProfile.Srgb;
        Assert.Equal(("RGB", 3, "sRGB"), (srgb.ColorSpace, srgb.Components, srgb.Description));
    }

    [Fact]
    public void A_version_2_printer_profile_is_named_by_its_ascii_description()
    {
        var (profile, problem) = IccProfile.Read("/usr/share/color/icc/ghostscript/default_cmyk.icc");
        Assert.True(profile is not null, problem);
        Assert.Equal(("CMYK", 4, "Artifex CMYK SWOP Profile"), (profile.ColorSpace, profile.Components, profile.Description));
    }

    [Fact]
    public void A_version_4_profile_is_named_by_its_first_unicode_description()
    {
        var (profile, problem) = IccProfile.Parse("fogra.icc", Profile("prtr", "CMYK", Mluc("Coated FOGRA39 – ISO 12647-2")));
        Assert.True(profile is not null, problem);
        Assert.Equal("Coated FOGRA39 – ISO 12647-2", profile.Description);
    }

    [Theory]
    [InlineData("scnr", "CMYK", "a 'scnr' profile")]
    [InlineData("prtr", "XYZ ", "colour space is 'XYZ'")]
    public void A_profile_that_is_no_printing_condition_is_refused(string deviceClass, string space, string problem)
    {
        var (profile, said) = IccProfile.Parse("x.icc", Profile(deviceClass, space, Mluc("x")));
        Assert.Null(profile);
        Assert.Contains(problem, said);
    }

    [Fact]
    public void A_profile_cut_short_or_not_a_profile_is_refused()
    {
        var whole = Profile("prtr", "CMYK", Mluc("x"));
        Assert.Contains("cut short", IccProfile.Parse("x.icc", whole.AsSpan(0, whole.Length - 10)).Problem);
        Assert.Contains("not an ICC profile", IccProfile.Parse("x.icc", Encoding.ASCII.GetBytes(new string('x', 400))).Problem);
    }

    /// <summary>A profile of a header, a tag table of one entry and the 'desc' tag given.</summary>
    private static byte[] Profile(string deviceClass, string space, byte[] desc)
    {
        var data = new byte[144 + desc.Length];
        BinaryPrimitives.WriteUInt32BigEndian(data, (uint)data.Length);
        Encoding.ASCII.GetBytes(deviceClass).CopyTo(data, 12);
        Encoding.ASCII.GetBytes(space).CopyTo(data, 16);
        "acsp"u8.CopyTo(data.AsSpan(36));
        BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(128), 1);
        "desc"u8.CopyTo(data.AsSpan(132));
        BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(136), 144);
        BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(140), (uint)desc.Length);
        desc.CopyTo(data, 144);
        return data;
    }

    /// <summary>A 'mluc' tag (ICC.1:2010 §10.15) of one record, en-US.</summary>
    private static byte[] Mluc(string text)
    {
        var utf16 = Encoding.BigEndianUnicode.GetBytes(text);
        var tag = new byte[28 + utf16.Length];
        "mluc"u8.CopyTo(tag);
        BinaryPrimitives.WriteUInt32BigEndian(tag.AsSpan(8), 1);
        BinaryPrimitives.WriteUInt32BigEndian(tag.AsSpan(12), 12);
        "enUS"u8.CopyTo(tag.AsSpan(16));
        BinaryPrimitives.WriteUInt32BigEndian(tag.AsSpan(20), (uint)utf16.Length);
        BinaryPrimitives.WriteUInt32BigEndian(tag.AsSpan(24), 28);
        utf16.CopyTo(tag, 28);
        return tag;
    }
}
