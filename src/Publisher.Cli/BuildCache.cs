using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Publisher.Core.Books;
using Publisher.Core.Manifest;
using Publisher.Core.Output;
using Publisher.Core.Paths;
using Publisher.Core.Templates;

namespace Publisher.Cli;

/// <summary>
/// Remembers what each output file was built from, so an unchanged book is not built again.
/// The key is a SHA-256 of everything the bytes depend on: every file the build reads (book.yml, the
/// chapters, the cover, the images, the template's files with those of the templates it extends and its
/// fonts: <see cref="BookFiles"/>), the template's name, the date written into the file, the format and the
/// tool's own build. Only those files are read, never the rest of the book's folder, which may hold
/// anything (a FIFO, a link to <c>/dev/zero</c>) that the path checks never had to look at.
/// Beside each key the hashes of the files that build wrote (the PDF and its imposed companion)
/// are kept, so a file deleted or changed by hand is rebuilt too. The records live in the
/// project's <c>obj/publisher/</c> (not in <c>out/</c>, which holds only what a reader gets);
/// <c>--force</c> ignores them.
/// </summary>
public sealed class BuildCache(string outDirectory, string projectRoot)
{
    private string Directory => Path.Combine(projectRoot, "obj", "publisher");

    /// <summary>What every format of <paramref name="book"/> is built from; hashed once per book, then keyed per format.</summary>
    public string Sources(Book book)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Add(hash, "tool " + ToolBuild);
        Add(hash, "template " + book.Template.Name);   // --template may choose another than book.yml's
        Add(hash, "date " + book.Timestamp.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        foreach (var file in BookFiles.Of(book))
        {
            // Named relative to where they lie, so a project (or the tool) moved elsewhere keeps its records.
            var shipped = file.StartsWith(TemplateLocator.BuiltInDirectory + Path.DirectorySeparatorChar, StringComparison.Ordinal);
            Add(hash, shipped ? "(built-in) " + Path.GetRelativePath(TemplateLocator.BuiltInDirectory, file)
                : Path.GetRelativePath(projectRoot, file));
            hash.AppendData(shipped ? ShippedHashes.GetOrAdd(file, FileHashBytes) : FileHashBytes(file));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    public static string Key(string sources, OutputFormat format) => $"{sources}-{format.ToString().ToLowerInvariant()}";

    /// <summary>
    /// The shipped templates and their fonts (several MB) sit beside the tool and cannot change while it
    /// runs: each file is hashed once per process, not on every build of every book (a watch session rebuilds often).
    /// </summary>
    private static readonly ConcurrentDictionary<string, byte[]> ShippedHashes = new(StringComparer.Ordinal);

    /// <summary>True when <paramref name="output"/> and every file built with it exist, unchanged since a build from <paramref name="key"/>.</summary>
    public bool IsUpToDate(string output, string key)
    {
        var record = RecordPath(output);
        if (!File.Exists(record)) return false;
        var lines = File.ReadAllLines(record);
        if (lines.Length < 2 || lines[0] != key) return false;
        foreach (var line in lines.Skip(1))
        {
            var (hash, name) = (line[..64], line[66..]);
            var file = Path.Combine(outDirectory, name);
            // Not a regular file (a FIFO put in out/ would block the read): rebuild, and let the write report it.
            if (FileKinds.Of(file) != FileKind.Regular || FileHash(file) != hash) return false;
        }
        return true;
    }

    /// <summary>Records that <paramref name="files"/> (the output first) were built from <paramref name="key"/>.</summary>
    public void Remember(string key, IReadOnlyList<string> files)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var lines = files.Select(f => $"{FileHash(f)}  {Path.GetFileName(f)}");
        // Written whole or not at all, like the outputs: a half-written record would only cost a rebuild, but why have one.
        // Not flushed to disk first: a record a crash empties only costs a rebuild, and the flush cost every build 5 ms.
        AtomicFile.Write(RecordPath(files[0]), stream =>
        {
            var bytes = Encoding.UTF8.GetBytes(string.Join("\n", [key, .. lines]) + "\n");
            stream.Write(bytes);
            return 0;
        }, durable: false);
    }

    private string RecordPath(string output) => Path.Combine(Directory, Path.GetFileName(output) + ".sha256");

    /// <summary>The Publisher assemblies' module ids: a deterministic build changes them only when the code changes.</summary>
    private static readonly string ToolBuild = string.Join(",", new[]
        {
            typeof(BuildCache), typeof(Book), typeof(Publisher.Typesetting.Typesetter), typeof(Publisher.Pdf.PdfBookWriter),
            typeof(Publisher.Epub.EpubBookWriter),
            typeof(Publisher.Layout.LayoutContext),
        }
        .Select(t => t.Assembly.ManifestModule.ModuleVersionId.ToString("N")));

    private static void Add(IncrementalHash hash, string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\0"));

    private static string FileHash(string path) => Convert.ToHexStringLower(FileHashBytes(path));

    private static byte[] FileHashBytes(string path)
    {
        using var stream = File.OpenRead(path);
        return SHA256.HashData(stream);
    }
}
