namespace Publisher.EndToEnd.Tests;

/// <summary>
/// The EPUBs as the book trade's accessibility checker sees them: Ace by DAISY (WCAG 2 AA through axe-core, and
/// EPUB's own rules: page source, roles of epub:types) on the user guide, khojaly and the book of every construct
/// (tests/Fixtures/content/constructs), each built through the command line with its page list. Any violation of
/// moderate impact or worse fails. Ace runs once for the three books (tests/Shared/Ace.cs), side by side and in
/// parallel with the other test classes; .ci/install-ace installs it, and without it these tests fail.
/// </summary>
public sealed class AccessibilityCheckerTests
{
    private static readonly Lazy<string> Constructs = new(BuildConstructs, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<IReadOnlyDictionary<string, Ace.Report>> Reports = new(() =>
        Ace.Check([RepositoryBuild.PathOf("guide.epub"), RepositoryBuild.PathOf("khojaly.epub"), Constructs.Value]),
        LazyThreadSafetyMode.ExecutionAndPublication);

    public static TheoryData<string> Books => ["guide", "khojaly", "constructs"];

    [Theory]
    [MemberData(nameof(Books))]
    public void Ace_finds_no_violation_of_moderate_impact_or_worse(string book)
    {
        var report = Reports.Value[book];
        var failing = report.Violations.Where(v => v.IsModerateOrWorse).ToList();
        Assert.True(failing.Count == 0,
            $"Ace says {report.Outcome} for {book}: {failing.Count} violations of moderate impact or worse\n" + string.Join('\n', failing));
    }

    [Fact]
    public void The_book_of_every_construct_passes_epubcheck_with_its_page_list()
    {
        Assert.Contains("No errors or warnings detected", Tools.Epubcheck(Constructs.Value));
    }

    /// <summary>tests/Fixtures/content/constructs built in a project of its own (the build's cache stays out of the repository).</summary>
    private static string BuildConstructs()
    {
        var root = Directory.CreateTempSubdirectory("publisher-e2e-constructs-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(root, recursive: true); } catch (IOException) { }
        };
        var source = Path.Combine(BuildTests.RepositoryRoot(), "tests", "Fixtures", "content", "constructs");
        var book = Path.Combine(root, "content", "constructs");
        Directory.CreateDirectory(book);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(book, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }
        var result = TempProject.RunIn(root, null, null, "build", "constructs", "--format", "epub");
        Assert.True(result.ExitCode == 0, result.ToString());
        return Path.Combine(root, "out", "constructs.epub");
    }
}
