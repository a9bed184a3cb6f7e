using Publisher.Core.Diagnostics;

namespace Publisher.Core.Paths;

/// <summary>
/// The folders a build may read a kind of file from (a book's folder; the templates folders), and the
/// check every such file passes before anything opens it: its real path, symbolic links followed
/// (<see cref="RealPath"/>), lies inside one of them, and it is a regular file, not a FIFO, device or
/// socket (<see cref="FileKinds"/>). Input is untrusted: a link inside a book must not carry
/// <c>/etc/passwd</c> into a PDF, and a FIFO must not hang the build.
/// </summary>
public sealed class ReadableFolders
{
    private readonly string[] _real;
    private readonly string[] _lexical;
    private readonly string _name;
    private readonly string _rule;

    /// <param name="name">How a message names the folders: "the book's folder".</param>
    /// <param name="rule">What a message tells the user to do: "sources may only use files inside it".</param>
    public ReadableFolders(string name, string rule, params IEnumerable<string> folders)
    {
        _name = name;
        _rule = rule;
        // A folder whose own links loop cannot hold anything; keeping its full path refuses every file in it.
        _lexical = folders.Select(Path.GetFullPath).ToArray();
        _real = _lexical.Select(f => RealPath.Of(f) ?? f).ToArray();
    }

    /// <summary>True when <paramref name="path"/> really lies inside one of the folders.</summary>
    public bool Contains(string path) => RealPath.Of(path) is { } real && _real.Any(folder => RealPath.IsInside(real, folder));

    /// <summary>
    /// Checks a file about to be read and returns its real path, or null when it does not exist (the caller
    /// says what is missing); a folder is returned too, and the caller decides. Throws PUB012 when a link leads
    /// outside, PUB015 for a FIFO, device, socket or a loop of links; <paramref name="written"/> is the path as
    /// the source writes it, <paramref name="at"/> where.
    /// </summary>
    public string? Check(string path, string written, SourceLocation at)
    {
        var real = RealPath.Of(path) ?? throw BuildFailedException.At(at, DiagnosticCodes.NotARegularFile,
            $"'{written}' is a loop of symbolic links");
        if (!_real.Any(folder => RealPath.IsInside(real, folder)))
            throw BuildFailedException.At(at, DiagnosticCodes.PathOutsideBook, _lexical.Any(folder => RealPath.IsInside(Path.GetFullPath(path), folder))
                ? $"'{written}' leads outside {_name} through a symbolic link (to {real}); {_rule}"
                : $"'{written}' points outside {_name}; {_rule}");
        var kind = FileKinds.Of(real);
        return kind switch
        {
            FileKind.Missing => null,
            FileKind.Regular or FileKind.Directory => real,
            _ => throw BuildFailedException.At(at, DiagnosticCodes.NotARegularFile,
                $"'{written}' is {FileKinds.Describe(kind)}, not a regular file; Publisher reads only regular files"),
        };
    }
}
