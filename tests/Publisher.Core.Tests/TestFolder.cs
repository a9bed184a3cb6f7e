namespace Publisher.Core.Tests;

/// <summary>A temporary folder for files a test writes, deleted afterwards.</summary>
public sealed class TestFolder : IDisposable
{
    public TestFolder() => Root = Directory.CreateTempSubdirectory("publisher-core-").FullName;

    public string Root { get; }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public string Write(string relative, string text)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>The shipped templates (fonts included) copied into templates/ here.</summary>
    public void CopyShippedTemplates()
    {
        var from = Path.Combine(AppContext.BaseDirectory, "templates");
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = PathOf(Path.Combine("templates", Path.GetRelativePath(from, file)));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { }
    }
}

internal static class Expect
{
    /// <summary>Runs <paramref name="action"/> and returns the one line the build would print.</summary>
    public static string Failure(Action action) =>
        Assert.Throws<Publisher.Core.Diagnostics.BuildFailedException>(action).Diagnostic.ToString();
}
