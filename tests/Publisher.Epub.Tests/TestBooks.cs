using Publisher.Core.Books;
using Publisher.Epub;

namespace Publisher.Epub.Tests;

/// <summary>The books the tests build: the real khojaly booklet and the small fixture book.</summary>
internal static class TestBooks
{
    public const string Epoch = "1700000000";

    public static string RepoRoot { get; } = FindRepoRoot();

    public static string FixtureDirectory => FixtureOf("sample");

    private static string FixtureOf(string name) => Path.Combine(RepoRoot, "tests", "Publisher.Epub.Tests", "Fixtures", name);

    private static readonly Lazy<string> SampleProject = new(() => CreateProject("sample"));
    private static readonly Lazy<string> HostileProject = new(() => CreateProject("hostile"));

    public static Book Khojaly(string? epoch = Epoch) => new Project(RepoRoot).LoadBook("khojaly", epoch);

    public static Book Sample(string? epoch = Epoch) => new Project(SampleProject.Value).LoadBook("sample", epoch);

    /// <summary>A book written to attack the EPUB: scripts, unsafe links and attributes, a hostile SVG, colliding ids.</summary>
    public static Book Hostile(string? epoch = Epoch) => new Project(HostileProject.Value).LoadBook("hostile", epoch);

    public static byte[] Build(Book book)
    {
        using var stream = new MemoryStream();
        new EpubBookWriter().Write(book, stream);
        return stream.ToArray();
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Publisher.sln"))) return dir.FullName;
        throw new InvalidOperationException($"no Publisher.sln above {AppContext.BaseDirectory}");
    }

    /// <summary>
    /// A project folder holding only the fixture book and the repository's templates, so the
    /// fixture is built exactly as a user's repository would be.
    /// </summary>
    private static string CreateProject(string fixture)
    {
        var root = Path.Combine(Path.GetTempPath(), $"publisher-epub-tests-{Environment.ProcessId}-{fixture}");
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        Copy(FixtureOf(fixture), Path.Combine(root, "content", fixture));
        Copy(Path.Combine(RepoRoot, "templates"), Path.Combine(root, "templates"));
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(root, recursive: true); } catch (IOException) { }
        };
        return root;
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var dir in Directory.EnumerateDirectories(from)) Copy(dir, Path.Combine(to, Path.GetFileName(dir)));
    }
}
