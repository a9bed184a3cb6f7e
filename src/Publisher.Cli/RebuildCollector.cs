using System.Runtime;

namespace Publisher.Cli;

/// <summary>
/// The garbage collector's work for a watcher's next rebuild, done while the writer is still typing. A rebuild of
/// Pro Git allocates about 160 MB in short-lived objects: some 35 collections stopped every thread for about 110 ms
/// of a 450 ms rebuild. After each build the watcher collects once and asks for room enough for the next
/// (<see cref="GC.TryStartNoGCRegion(long)"/>), so a rebuild that fits in it is never stopped; one that needs more
/// is collected as usual once the room is used up.
/// </summary>
internal sealed class RebuildCollector
{
    /// <summary>Room for a rebuild's allocations: Pro Git's (380 pages, both formats: 160 MB) and half as much again.</summary>
    private const long Room = 240L * 1024 * 1024;

    /// <summary>Collects now and keeps <see cref="Room"/> free for the next rebuild, where the runtime can; else rebuilds collect as usual.</summary>
    public void Prepare()
    {
        Done();
        try
        {
            GC.TryStartNoGCRegion(Room);
        }
        catch (ArgumentOutOfRangeException)
        {
            // More than this runtime can keep free at once (a small heap limit): rebuilds are collected as usual.
        }
    }

    /// <summary>Ends the collector's pause (if the rebuild did not use up the room first).</summary>
    public void Done()
    {
        if (GCSettings.LatencyMode != GCLatencyMode.NoGCRegion) return;
        try
        {
            GC.EndNoGCRegion();
        }
        catch (InvalidOperationException)
        {
            // The room was used up and a collection ended the region already.
        }
    }
}
