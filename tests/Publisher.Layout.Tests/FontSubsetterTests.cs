using Publisher.Layout.Fonts;

namespace Publisher.Layout.Tests;

public class FontSubsetterTests
{
    [Fact]
    public void Glyph_subset_is_small_and_keeps_glyph_ids()
    {
        var face = TestFonts.Serif;
        var shaped = TestFonts.Context().Shaper.Shape(face, 10, "Khojaly");
        var subset = FontSubsetter.SubsetGlyphs(face.Bytes, shaped.Glyphs);
        Assert.True(subset.Length < face.Bytes.Length / 10, $"subset is {subset.Length} bytes of {face.Bytes.Length}");

        // Shaping with the subset must give the same glyph ids: the PDF draws by id.
        var path = Path.Combine(Path.GetTempPath(), $"subset-{Guid.NewGuid():N}.ttf");
        File.WriteAllBytes(path, subset);
        try
        {
            using var subsetFace = new FontFace(path);
            var again = TestFonts.Context().Shaper.Shape(subsetFace, 10, "Khojaly");
            Assert.Equal(shaped.Glyphs, again.Glyphs);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Character_subset_covers_the_characters_asked_for()
    {
        var face = TestFonts.Serif;
        var subset = FontSubsetter.SubsetCharacters(face.Bytes, "Azərbaycan".EnumerateRunes().Select(r => r.Value));
        var path = Path.Combine(Path.GetTempPath(), $"subset-{Guid.NewGuid():N}.ttf");
        File.WriteAllBytes(path, subset);
        try
        {
            using var subsetFace = new FontFace(path);
            Assert.True(subsetFace.HasGlyph('ə'));
            Assert.False(subsetFace.HasGlyph('Q'));
        }
        finally { File.Delete(path); }
    }
}
