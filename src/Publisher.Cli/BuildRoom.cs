using System.Runtime;
using Publisher.Core.Books;

namespace Publisher.Cli;

/// <summary>
/// Room for a whole build's allocations (at most 256 MB), asked for books of up to about 700 KB of Markdown, so that
/// the collector does not stop their build, or stops it only once the room is used up (Pro Git, 490 KB: not at all). A
/// build keeps most of what it makes until its files are written (every paragraph's lines, every page), and the
/// collector's work is copying what survives: Pro Git's PDF (192 MB allocated) was stopped 13 times for 200–250 ms of
/// a 700–850 ms build. With the room asked for as the first writer starts (<see cref="GC.TryStartNoGCRegion(long)"/>) it is
/// stopped once, for about 10 ms, and the build takes 15–20% less time. The price is memory: the process keeps what it
/// allocated, about 230 MB at the end instead of 100 MB, and then exits. A larger book would need more room than it is
/// worth holding (the Node.js API docs allocate 1.8 GB): it is collected as usual, and so is any build that outgrows
/// its room (the room ends at its first collection).
/// </summary>
internal static class BuildRoom
{
    /// <summary>Only the tool's own process asks for room: the tests build hundreds of books in one process.</summary>
    public static bool Enabled { get; set; }

    /// <summary>What a build allocates per byte of Markdown, a little over the most measured: Pro Git's translations 370–440, the Arabic one 670 (a smaller book: more of it is fixed costs).</summary>
    private const long PerSourceByte = 512;

    /// <summary>What any build allocates besides (template, fonts, tables); the khojaly booklet's whole build is 8 MB.</summary>
    private const long Fixed = 32L << 20;

    /// <summary>Less than this and the collector barely runs anyway: the default first generation is several MB.</summary>
    private const long Least = 64L << 20;

    /// <summary>The most room asked for; books that need more than half as much again are left to the collector.</summary>
    private const long Most = 256L << 20;

    private static readonly Lock Gate = new();

    // The books given room: a book's second writer finds its room taken, or used up, and does not ask again (asking
    // again would collect the whole heap once more, the first writer's work included).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Book, object> Given = new();

    /// <summary>The room for a book of <paramref name="sourceBytes"/> bytes of Markdown, or null where it is not worth asking.</summary>
    internal static long? For(long sourceBytes)
    {
        var need = Fixed + sourceBytes * PerSourceByte;
        if (need < Least || need > Most + Most / 2) return null;
        return Math.Min(need, Most);
    }

    /// <summary>
    /// Asks for room for <paramref name="book"/>'s build, once per book, unless another build (or a watcher's rebuild)
    /// holds some. Said by each writer that writes; one whose file is up to date allocates little and asks nothing.
    /// </summary>
    public static void ReserveFor(Book book)
    {
        if (!Enabled) return;
        lock (Gate)
        {
            if (!Given.TryAdd(book, book) || GCSettings.LatencyMode == GCLatencyMode.NoGCRegion) return;
            if (For(book.Chapters.Sum(chapter => SizeOf(chapter.SourcePath))) is not { } room) return;
            try
            {
                // False where a heap limit leaves too little: the build is collected as usual.
                GC.TryStartNoGCRegion(room);
            }
            catch (ArgumentOutOfRangeException)
            {
                // More than this runtime can keep free at once: the build is collected as usual.
            }
        }
    }

    private static long SizeOf(string path)
    {
        try { return new FileInfo(path).Length; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException) { return 0; }
    }
}
