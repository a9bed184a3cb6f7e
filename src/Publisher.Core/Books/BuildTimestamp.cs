using System.Globalization;

namespace Publisher.Core.Books;

/// <summary>
/// The date stamped into a build's outputs. It never comes from the clock, so that the
/// same sources give the same bytes: SOURCE_DATE_EPOCH when set (the reproducible-builds
/// convention), else the book's own <c>date:</c>, else the newest modification time of
/// its source files.
/// </summary>
public static class BuildTimestamp
{
    /// <summary>The largest SOURCE_DATE_EPOCH a date can hold (9999-12-31T23:59:59Z).</summary>
    public const long MaxSourceDateEpoch = 253_402_300_799;

    /// <remarks>A SOURCE_DATE_EPOCH that is not whole seconds from 0 to <see cref="MaxSourceDateEpoch"/>
    /// is ignored here; the command line refuses it before a build starts.</remarks>
    public static DateTimeOffset For(DateOnly? bookDate, IEnumerable<string> sourceFiles, string? sourceDateEpoch)
    {
        if (long.TryParse(sourceDateEpoch, NumberStyles.None, CultureInfo.InvariantCulture, out var epoch)
            && epoch <= MaxSourceDateEpoch)
            return DateTimeOffset.FromUnixTimeSeconds(epoch);
        if (bookDate is { } date)
            return new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var newest = sourceFiles.Select(File.GetLastWriteTimeUtc).DefaultIfEmpty(DateTime.UnixEpoch).Max();
        return DateTimeOffset.FromUnixTimeSeconds(new DateTimeOffset(newest, TimeSpan.Zero).ToUnixTimeSeconds());
    }
}
