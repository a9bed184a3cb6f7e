using Publisher.Core.Paths;

namespace Publisher.Core.Tests;

/// <summary>Where a path really leads, every symbolic link along it followed, as the system does when it opens the file.</summary>
public sealed class RealPathTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Links_of_the_file_and_of_its_folders_are_followed()
    {
        var target = _folder.Write("elsewhere/deep/file.md", "# text\n");
        Directory.CreateSymbolicLink(_folder.PathOf("book"), _folder.PathOf("elsewhere"));
        File.CreateSymbolicLink(_folder.PathOf("elsewhere/link.md"), "deep/file.md");   // relative to the link's folder

        Assert.Equal(target, RealPath.Of(_folder.PathOf("book/deep/file.md")));
        Assert.Equal(target, RealPath.Of(_folder.PathOf("book/link.md")));
    }

    [Fact]
    public void Dot_dot_after_a_linked_folder_goes_to_the_real_parent()
    {
        _folder.Write("elsewhere/deep/file.md", "");
        var sibling = _folder.Write("elsewhere/sibling.md", "");
        Directory.CreateSymbolicLink(_folder.PathOf("shortcut"), _folder.PathOf("elsewhere/deep"));

        Assert.Equal(sibling, RealPath.Of(_folder.PathOf("shortcut/../sibling.md")));
    }

    [Fact]
    public void A_missing_end_is_kept_as_written_and_a_loop_gives_null()
    {
        Directory.CreateSymbolicLink(_folder.PathOf("link"), _folder.PathOf("real"));
        Directory.CreateDirectory(_folder.PathOf("real"));
        File.CreateSymbolicLink(_folder.PathOf("a"), _folder.PathOf("b"));
        File.CreateSymbolicLink(_folder.PathOf("b"), _folder.PathOf("a"));

        Assert.Equal(_folder.PathOf("real/not/there.md"), RealPath.Of(_folder.PathOf("link/not/there.md")));
        Assert.Null(RealPath.Of(_folder.PathOf("a")));
    }

    [Theory]
    [InlineData("/srv/book", "/srv/book/a.md", true)]
    [InlineData("/srv/book", "/srv/book", true)]
    [InlineData("/srv/book", "/srv/book-two/a.md", false)]
    [InlineData("/srv/book/", "/srv/book/a.md", true)]
    public void Inside_means_the_folder_or_below_it_never_a_name_that_starts_the_same(string folder, string path, bool inside)
    {
        Assert.Equal(inside, RealPath.IsInside(path, folder));
    }
}
