using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace Publisher.Core.Diagnostics;

/// <summary>
/// Where a build's time goes, stage by stage (<c>publisher build --timings</c>): each stage adds the wall time
/// it took on its thread. Stages run side by side (two formats, chapters on every core), so their sum can be
/// more than the build's own wall time; the report lists them in the order they first began. Off unless
/// asked for: a measured stage then costs one branch.
/// </summary>
public static class StageTimings
{
    private static readonly ConcurrentDictionary<string, Stage> Stages = new();
    private static long _order;

    /// <summary>Whether stages are being measured (set once, before the build starts).</summary>
    public static bool Enabled { get; set; }

    /// <summary>Measures the time until the returned value is disposed, and adds it to <paramref name="stage"/>.</summary>
    public static Measurement Measure(string stage) => Enabled ? new Measurement(stage, Stopwatch.GetTimestamp()) : default;

    /// <summary>Adds a time measured elsewhere (the runtime's start-up, before Main) to <paramref name="stage"/>.</summary>
    public static void Add(string stage, TimeSpan elapsed)
    {
        if (!Enabled) return;
        var entry = Stages.GetOrAdd(stage, _ => new Stage(Interlocked.Increment(ref _order)));
        Interlocked.Add(ref entry.Ticks, elapsed.Ticks);
        Interlocked.Increment(ref entry.Count);
    }

    /// <summary>Counts one more of <paramref name="stage"/>, which takes no time of its own to speak of (a paragraph found in memory).</summary>
    public static void Count(string stage) => Add(stage, TimeSpan.Zero);

    /// <summary>The stages measured so far, in the order they began: "parse   112.4 ms   9×".</summary>
    public static IReadOnlyList<string> Report()
    {
        var rows = Stages.OrderBy(s => s.Value.Order).Select(s => (Name: s.Key, s.Value.Ticks, s.Value.Count)).ToList();
        var width = rows.Count == 0 ? 0 : rows.Max(r => r.Name.Length);
        return rows.Select(r => string.Create(CultureInfo.InvariantCulture,
            $"{r.Name.PadRight(width)}  {TimeSpan.FromTicks(r.Ticks).TotalMilliseconds,8:0.0} ms  {r.Count,5}×")).ToList();
    }

    /// <summary>Forgets what was measured (watch mode reports each rebuild on its own).</summary>
    public static void Clear() => Stages.Clear();

    private sealed class Stage(long order)
    {
        public readonly long Order = order;
        public long Ticks;
        public int Count;
    }

    /// <summary>One stage's measurement; disposing it records the time.</summary>
    public readonly struct Measurement(string? stage, long start) : IDisposable
    {
        public void Dispose()
        {
            if (stage is null) return;
            Add(stage, Stopwatch.GetElapsedTime(start));
        }
    }
}
