namespace Publisher.EndToEnd.Tests;

/// <summary>
/// The repository's own books (content/guide, content/khojaly) built once per test run through the
/// command line, as <c>publisher build --out DIR</c>, for the tests that only read the result: the
/// guide alone takes seconds to build, and eight tests look at it. A test that changes or rebuilds
/// a book builds its own.
/// </summary>
internal static class RepositoryBuild
{
    private static readonly Lazy<(CliResult Result, string Out)> Built = new(() =>
    {
        var output = Directory.CreateTempSubdirectory("publisher-e2e-repository-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(output, recursive: true); } catch (IOException) { }
        };
        return (TempProject.RunIn(BuildTests.RepositoryRoot(), null, null, "build", "--out", output), output);
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>What the build printed and its exit code.</summary>
    public static CliResult Result => Built.Value.Result;

    /// <summary>The path of a built file, such as "guide.pdf"; fails the test if the build failed.</summary>
    public static string PathOf(string file)
    {
        Assert.True(Result.ExitCode == 0, Result.ToString());
        return Path.Combine(Built.Value.Out, file);
    }
}
