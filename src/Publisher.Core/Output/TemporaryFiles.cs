using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Publisher.Core.Output;

/// <summary>
/// The temporary files outputs are written to before they are moved into place, named
/// <c>.&lt;file&gt;.&lt;process id&gt;.tmp</c> beside their targets. None outlives the build that made it:
/// a build stopped by a signal (SIGTERM, Ctrl+C, SIGHUP, SIGQUIT) deletes its own before the process
/// ends, and one killed outright (SIGKILL, a power cut) leaves them for the next build, which deletes
/// those of processes that no longer run when it first writes into the same folder.
/// </summary>
public static class TemporaryFiles
{
    private static readonly ConcurrentDictionary<string, byte> Live = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, byte> Swept = new(StringComparer.Ordinal);
    private static readonly PosixSignalRegistration[] Signals = Register();
    private static volatile bool _stopping;

    /// <summary>True once a signal has asked the process to stop (and its temporary files are gone).</summary>
    public static bool Stopping => _stopping;

    /// <summary>A new temporary file's path for <paramref name="target"/>, tracked until <see cref="Forget"/>.</summary>
    public static string For(string target)
    {
        GC.KeepAlive(Signals);
        // A stopped process writes nothing new: its handler may already have deleted what it tracked.
        if (_stopping) throw new IOException("the build was stopped");
        var directory = Path.GetDirectoryName(target)!;
        if (Swept.TryAdd(directory, 0)) RemoveStale(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(target)}.{Environment.ProcessId}.tmp");
        Live[temporary] = 0;
        return temporary;
    }

    /// <summary>Deletes <paramref name="temporary"/> if it is still there and stops tracking it.</summary>
    public static void Forget(string temporary)
    {
        Delete(temporary);
        Live.TryRemove(temporary, out _);
    }

    /// <summary>Deletes the temporary files in <paramref name="directory"/> left by processes that no longer run.</summary>
    public static void RemoveStale(string directory)
    {
        if (!Directory.Exists(directory)) return;
        foreach (var file in Directory.EnumerateFiles(directory, ".*.tmp"))
        {
            if (Owner(Path.GetFileName(file)) is not { } pid) continue;
            var ours = pid == Environment.ProcessId;
            if (ours ? !Live.ContainsKey(file) : !Running(pid)) Delete(file);
        }
    }

    /// <summary>The process id in ".name.1234.tmp", or null for a file not named so.</summary>
    private static int? Owner(string name)
    {
        var stem = name[..^".tmp".Length];
        var dot = stem.LastIndexOf('.');
        return dot > 0 && int.TryParse(stem[(dot + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
            ? pid
            : null;
    }

    private static bool Running(int pid)
    {
        if (OperatingSystem.IsLinux()) return Directory.Exists($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}");
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>
    /// On a signal that ends the process, the files being written are deleted; the signal then takes its
    /// usual course (the handler does not cancel it), so the process still stops.
    /// </summary>
    private static PosixSignalRegistration[] Register()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => DeleteLive();
        if (OperatingSystem.IsWindows() || OperatingSystem.IsBrowser()) return [];
        return [.. new[] { PosixSignal.SIGTERM, PosixSignal.SIGINT, PosixSignal.SIGHUP, PosixSignal.SIGQUIT }
            .Select(signal => PosixSignalRegistration.Create(signal, _ => { _stopping = true; DeleteLive(); }))];
    }

    private static void DeleteLive()
    {
        foreach (var file in Live.Keys) Delete(file);
    }

    private static void Delete(string file)
    {
        try { File.Delete(file); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
