using Publisher.Core.Books;

namespace Publisher.Core.Tests;

/// <summary>A chapter too large to be a chapter is refused from its size, before it is read or parsed.</summary>
public sealed class ChapterSizeTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_chapter_over_24_MB_is_an_error_at_its_first_line()
    {
        // Sparse: the file claims 25 MB without the disk holding them (and reading it would fail on its NULs).
        Directory.CreateDirectory(_folder.PathOf("content/b"));
        using (var file = File.Create(_folder.PathOf("content/b/02-huge.md"))) file.SetLength(25L * 1024 * 1024);

        Assert.Equal("content/b/02-huge.md:1:1: error PUB016: the chapter is 25.0 MB; a chapter may be at most 24 MB " +
                     "(a long novel is 3 or 4): split it into chapters",
            Expect.Failure(() => _folder.LoadBook("# One\n")));
    }
}
