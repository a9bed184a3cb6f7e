namespace Publisher.EndToEnd.Tests;

/// <summary>
/// The tool's own process asks the collector for room for a whole build of a book of a few hundred KB (BuildRoom), so
/// that it is not stopped to copy what the build keeps until its files are written. Seen from outside: the timings'
/// memory line.
/// </summary>
public sealed class BuildRoomTests
{
    [Fact]
    public void A_250_KB_book_is_built_with_at_most_one_collection_the_one_that_makes_the_room()
    {
        // Under a heap limit (a container of under about 1 GB) the runtime cannot give a 160 MB room: the build is then
        // collected as usual, which is right, and this test has nothing to see.
        if (GC.GetGCMemoryInfo().TotalAvailableMemoryBytes < 1L << 30) return;
        using var project = TempProject.From("content-only");
        var chapter = Path.Combine(project.Root, "content", "sample", "02-more.md");
        var words = new[] { "paragraph", "layout", "collector", "typesetting", "measure", "justified", "column", "margin" };
        var text = new System.Text.StringBuilder("# Many paragraphs\n\n");
        for (var i = 0; text.Length < 250_000; i++)
            text.Append(string.Join(' ', Enumerable.Range(0, 40).Select(w => words[(i * 7 + w * 3) % words.Length] + (i + w)))).Append(".\n\n");
        File.WriteAllText(chapter, text.ToString());

        var result = project.RunProcess(new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = TempProject.Epoch },
            "build", "--format", "pdf", "--timings");

        Assert.True(result.ExitCode == 0, result.ToString());
        var memory = result.OutLines.Select(l => l.Trim()).Single(l => l.StartsWith("memory: ", StringComparison.Ordinal));
        var collections = int.Parse(System.Text.RegularExpressions.Regex.Match(memory, @"^memory: (\d+) collections").Groups[1].Value);
        // Without the room: a collection every few MB of the build's 64 MB (5 here).
        Assert.True(collections <= 1, memory);
    }
}
