using Publisher.Core.Text;

namespace Publisher.Epub.Tests;

public class TextDirectionTests
{
    [Theory]
    [InlineData("ar", true)]
    [InlineData("he-IL", true)]
    [InlineData("az-Arab", true)]
    [InlineData("az-Latn", false)]
    [InlineData("en", false)]
    [InlineData("ku-Latn-TR", false)]
    public void RightToLeftFollowsTheLanguageTag(string language, bool rightToLeft) =>
        Assert.Equal(rightToLeft, TextDirection.IsRightToLeft(language));

    [Fact]
    public void AnArabicBookTurnsItsPagesRightToLeft()
    {
        var book = TestBooks.Sample() with { Manifest = TestBooks.Sample().Manifest with { Language = "ar" } };
        var epub = new EpubFile(TestBooks.Build(book));
        var spine = epub.Package.Descendants(EpubFile.Opf + "spine").Single();
        Assert.Equal("rtl", spine.Attribute("page-progression-direction")?.Value);
        Assert.Equal("rtl", epub.Xml(epub.Spine[1]).Root!.Attribute("dir")?.Value);
    }
}
