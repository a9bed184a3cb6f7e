using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace Publisher.Pdf.Writer;

/// <summary>
/// Work done for a <see cref="PdfFile"/> on a thread of its own, one job after another in the order given: compressing
/// a finished stream and writing it out happen there while the next page is painted. The bytes are those of the same
/// jobs done in order on one thread. A job that fails fails the file: the error comes back at the next job given, or
/// at <see cref="Complete"/>.
/// </summary>
internal sealed class OrderedOutput : IDisposable
{
    // A bound, so a writer far ahead of its output waits instead of holding every page uncompressed.
    private const int MostWaiting = 64;

    private readonly BlockingCollection<Action> _jobs = new(MostWaiting);
    private readonly Thread _thread;
    private volatile ExceptionDispatchInfo? _failure;
    private volatile bool _abandoned;

    public OrderedOutput()
    {
        // A thread of its own rather than the pool's: a pool busy with the layout's parallel work would leave the jobs
        // waiting, and the writer blocked behind them.
        _thread = new Thread(Run) { IsBackground = true, Name = "PDF output" };
        _thread.Start();
    }

    public void Add(Action job)
    {
        _failure?.Throw();
        _jobs.Add(job);
    }

    /// <summary>Waits for every job given to be done; throws what failed.</summary>
    public void Complete()
    {
        _jobs.CompleteAdding();
        _thread.Join();
        _failure?.Throw();
    }

    /// <summary>
    /// Ends the thread: after <see cref="Complete"/> it has ended already; for a file given up half-written (an error in
    /// the caller) the jobs not done yet are dropped.
    /// </summary>
    public void Dispose()
    {
        if (!_jobs.IsAddingCompleted)
        {
            _abandoned = true;
            _jobs.CompleteAdding();
            _thread.Join();
        }
        _jobs.Dispose();
    }

    private void Run()
    {
        foreach (var job in _jobs.GetConsumingEnumerable())
        {
            // After a failure the rest are taken and dropped, so the writer never waits on a queue no one empties.
            if (_failure is not null || _abandoned) continue;
            try { job(); }
            catch (Exception e) { _failure = ExceptionDispatchInfo.Capture(e); }
        }
    }
}
