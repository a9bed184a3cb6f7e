namespace Publisher.Core.Paths;

/// <summary>
/// Where a path really leads: every symbolic link along it followed, its folders' links as well as
/// its own, as the operating system does when the file is opened (POSIX <c>realpath</c>). Written
/// in C# rather than called from libc so that a path whose end does not exist yet still resolves
/// (the missing part is kept as written) and a loop is told apart from a missing file.
/// </summary>
public static class RealPath
{
    /// <summary>As many links as Linux follows before it gives up with ELOOP.</summary>
    private const int MaxLinks = 40;

    /// <summary>The real, absolute path of <paramref name="path"/>; null when its links go round in a loop.</summary>
    public static string? Of(string path)
    {
        // Not Path.GetFullPath: it drops "a/.." before a link at "a" could be followed, which the system does not.
        var full = Path.IsPathRooted(path) ? path : Path.Join(Directory.GetCurrentDirectory(), path);
        var root = Path.GetPathRoot(full)!;
        var pending = new Stack<string>();
        Push(pending, full[root.Length..]);
        var current = root;
        var links = 0;
        while (pending.TryPop(out var part))
        {
            if (part is "" or ".") continue;
            if (part == "..")
            {
                // The folder reached so far is real, so its parent is the real parent.
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }
            var next = Path.Join(current, part);
            if (new FileInfo(next).LinkTarget is not { } target)
            {
                current = next;
                continue;
            }
            if (++links > MaxLinks) return null;
            // A relative target is relative to the folder that holds the link; either way start again from a root.
            var absolute = Path.IsPathRooted(target) ? target : Path.Join(current, target);
            var targetRoot = Path.GetPathRoot(absolute)!;
            Push(pending, absolute[targetRoot.Length..]);
            current = targetRoot;
        }
        return current;
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> itself or lies inside it (both real and absolute).</summary>
    public static bool IsInside(string path, string folder) =>
        path == folder || path.StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static void Push(Stack<string> pending, string relative)
    {
        var parts = relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        for (var i = parts.Length - 1; i >= 0; i--) pending.Push(parts[i]);
    }
}
