namespace Publisher.EndToEnd.Tests;

/// <summary>
/// Files from an earlier build of the content-only fixture's book, put in out/ before a build that must
/// fail, and checked afterwards: a failed book leaves its previous output as it was, with nothing beside it.
/// </summary>
public static class PreviousOutput
{
    private static readonly byte[] Pdf = "%PDF- the previous build's pdf"u8.ToArray();
    private static readonly byte[] Imposed = "%PDF- the previous build's imposed pdf"u8.ToArray();
    private static readonly byte[] Epub = "PK the previous build's epub"u8.ToArray();

    public static void Write(TempProject project, bool imposed = false)
    {
        Directory.CreateDirectory(project.PathOf("out"));
        File.WriteAllBytes(project.PathOf("out/sample.pdf"), Pdf);
        File.WriteAllBytes(project.PathOf("out/sample.epub"), Epub);
        if (imposed) File.WriteAllBytes(project.PathOf("out/sample-imposed.pdf"), Imposed);
    }

    public static void AssertUntouched(TempProject project, bool imposed = false)
    {
        Assert.Equal(Pdf, project.Read("out/sample.pdf"));
        Assert.Equal(Epub, project.Read("out/sample.epub"));
        if (imposed) Assert.Equal(Imposed, project.Read("out/sample-imposed.pdf"));
        // No temporary file beside them, and nothing else anywhere in the project.
        Assert.Equal(imposed ? ["out/sample-imposed.pdf", "out/sample.epub", "out/sample.pdf"] : ["out/sample.epub", "out/sample.pdf"],
            project.Files("out"));
        Assert.DoesNotContain(project.Files(), f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }
}
