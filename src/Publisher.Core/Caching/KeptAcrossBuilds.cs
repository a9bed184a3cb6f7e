using System.Collections.Concurrent;

namespace Publisher.Core.Caching;

/// <summary>
/// Results kept from one build to the next in the same process (<c>publisher watch</c>), by a key that holds everything
/// they depend on: what a build asks for again is taken from here, what no build asked for in the last
/// <c>keptFor</c> builds is dropped, so the memory follows the book as it is now. Safe to use from every core at once.
/// </summary>
public sealed class KeptAcrossBuilds<TKey, TValue>(int keptFor) where TKey : notnull where TValue : class
{
    private readonly ConcurrentDictionary<TKey, Entry> _entries = new();
    private int _build;
    private int _hits;

    private sealed class Entry(TValue value, int build)
    {
        public readonly TValue Value = value;
        public int Build = build;
    }

    /// <summary>How many times a result was found here since it was made (for tests and <c>--timings</c>).</summary>
    public int Hits => _hits;

    /// <summary>Said when a build starts: results not asked for in the last builds are let go.</summary>
    public void StartBuild()
    {
        var build = Interlocked.Increment(ref _build);
        foreach (var (key, entry) in _entries)
            if (build - entry.Build > keptFor) _entries.TryRemove(key, out _);
    }

    /// <summary>The result kept under <paramref name="key"/>, or null; a result found is kept for the builds after.</summary>
    public TValue? Find(TKey key)
    {
        if (!_entries.TryGetValue(key, out var entry)) return null;
        entry.Build = Volatile.Read(ref _build);
        Interlocked.Increment(ref _hits);
        return entry.Value;
    }

    public void Keep(TKey key, TValue value) => _entries[key] = new Entry(value, Volatile.Read(ref _build));
}
