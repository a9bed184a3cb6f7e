using Publisher.Core.Books;

namespace Publisher.Core.Tests;

public sealed class BuildTimestampTests : IDisposable
{
    private readonly TestFolder _folder = new();
    private readonly string _older;
    private readonly string _newer;

    public BuildTimestampTests()
    {
        _older = _folder.Write("a.md", "a");
        _newer = _folder.Write("b.md", "b");
        File.SetLastWriteTimeUtc(_older, new DateTime(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc));
        File.SetLastWriteTimeUtc(_newer, new DateTime(2021, 6, 7, 8, 9, 10, 987, DateTimeKind.Utc));
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void SOURCE_DATE_EPOCH_wins_over_the_books_date_and_the_files()
    {
        var stamp = BuildTimestamp.For(new DateOnly(1999, 12, 31), [_older, _newer], "1000000000");
        Assert.Equal(new DateTimeOffset(2001, 9, 9, 1, 46, 40, TimeSpan.Zero), stamp);
    }

    [Fact]
    public void Without_it_the_books_date_is_used_at_midnight_UTC()
    {
        var stamp = BuildTimestamp.For(new DateOnly(1999, 12, 31), [_older, _newer], null);
        Assert.Equal(new DateTimeOffset(1999, 12, 31, 0, 0, 0, TimeSpan.Zero), stamp);
    }

    [Fact]
    public void Without_either_the_newest_source_file_is_used_to_the_second()
    {
        var stamp = BuildTimestamp.For(null, [_older, _newer], null);
        Assert.Equal(new DateTimeOffset(2021, 6, 7, 8, 9, 10, TimeSpan.Zero), stamp);
        Assert.Equal(TimeSpan.Zero, stamp.Offset);
    }

    [Fact]
    public void With_nothing_at_all_it_is_the_unix_epoch()
    {
        Assert.Equal(DateTimeOffset.UnixEpoch, BuildTimestamp.For(null, [], null));
    }

    [Theory]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("-5")]
    [InlineData(" 1000000000")]
    [InlineData("1e9")]
    [InlineData("253402300800")]          // one second past 9999-12-31: used to throw
    [InlineData("99999999999999999999")]  // beyond a long
    public void A_malformed_SOURCE_DATE_EPOCH_is_passed_over_not_thrown(string value)
    {
        Assert.Equal(new DateTimeOffset(1999, 12, 31, 0, 0, 0, TimeSpan.Zero),
            BuildTimestamp.For(new DateOnly(1999, 12, 31), [], value));
    }

    [Fact]
    public void The_largest_SOURCE_DATE_EPOCH_is_the_last_second_of_9999()
    {
        Assert.Equal(new DateTimeOffset(9999, 12, 31, 23, 59, 59, TimeSpan.Zero),
            BuildTimestamp.For(null, [], BuildTimestamp.MaxSourceDateEpoch.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(DateTimeOffset.UnixEpoch, BuildTimestamp.For(null, [], "0"));
    }
}
