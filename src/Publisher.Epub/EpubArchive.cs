using System.IO.Compression;
using System.Text;

namespace Publisher.Epub;

/// <summary>
/// The zip container of an EPUB (OCF). Entries keep the order they are added in and all
/// carry one timestamp, so the same book gives the same bytes on every build.
/// </summary>
internal sealed class EpubArchive
{
    // The DOS date fields of a zip entry cannot hold anything outside these years.
    private static readonly DateTimeOffset EarliestZipDate = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset LatestZipDate = new(2107, 12, 31, 23, 59, 58, TimeSpan.Zero);

    private readonly List<(string Path, byte[] Data, CompressionLevel Level)> _entries = [];

    /// <summary>Adds a file; <paramref name="compress"/> false stores it as it is (a PNG or JPEG, already compressed).</summary>
    public void Add(string path, byte[] data, bool compress = true) =>
        _entries.Add((path, data, compress ? CompressionLevel.Optimal : CompressionLevel.NoCompression));

    public void Add(string path, string text) => Add(path, Encoding.UTF8.GetBytes(text));

    /// <summary>
    /// Writes the archive. On a stream that cannot seek, ZipArchive would add data descriptors, which reading
    /// systems reject on <c>mimetype</c>: the zip is then built in memory first. A file (what a build writes to) is
    /// written directly, the same bytes without a copy of the whole book in memory.
    /// </summary>
    public void WriteTo(Stream output, DateTimeOffset timestamp)
    {
        var stamp = Clamp(timestamp.ToUniversalTime());
        if (output.CanSeek && output.Position == 0)
        {
            using var direct = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
            WriteEntries(direct, stamp);
            return;
        }
        // Sized for the entries as they are, plus their headers: a buffer doubled again and again would copy the
        // whole book several times over (Pro Git: 8 MB of copies).
        using var buffer = new MemoryStream(checked((int)Math.Min(int.MaxValue, _entries.Sum(e => (long)e.Data.Length + e.Path.Length * 2 + 128) + 1024)));
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true)) WriteEntries(zip, stamp);
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private void WriteEntries(ZipArchive zip, DateTimeOffset stamp)
    {
        // OCF: "mimetype" comes first and uncompressed, so that tools can sniff the
        // file type at a fixed offset.
        WriteEntry(zip, "mimetype", Encoding.ASCII.GetBytes(EpubMediaTypes.Epub), CompressionLevel.NoCompression, stamp);
        foreach (var (path, data, level) in _entries)
            WriteEntry(zip, path, data, level, stamp);
    }

    private static void WriteEntry(ZipArchive zip, string path, byte[] data, CompressionLevel level, DateTimeOffset stamp)
    {
        var entry = zip.CreateEntry(path, level);
        entry.LastWriteTime = stamp;
        using var stream = entry.Open();
        stream.Write(data);
    }

    private static DateTimeOffset Clamp(DateTimeOffset t) =>
        t < EarliestZipDate ? EarliestZipDate : t > LatestZipDate ? LatestZipDate : t;
}
