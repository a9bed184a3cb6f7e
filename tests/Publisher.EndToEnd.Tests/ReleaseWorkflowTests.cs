namespace Publisher.EndToEnd.Tests;

/// <summary>
/// The release workflow (.github/workflows/release.yml, shown in docs/ci.md) must build the
/// books with the same command the README gives a new user, so the two cannot drift apart.
/// </summary>
public sealed class ReleaseWorkflowTests
{
    private static readonly string Root = BuildTests.RepositoryRoot();

    [Fact]
    public void The_release_build_step_runs_the_READMEs_build_command()
    {
        var build = ReadmeCommands()[0];
        Assert.Contains(" build", build);

        var workflow = File.ReadAllLines(Path.Combine(Root, ".github", "workflows", "release.yml"));
        var step = BuildStep(workflow);
        Assert.Contains(build, step.Select(l => l.Trim()));
    }

    [Fact]
    public void The_workflow_in_docs_is_the_file_in_the_repository()
    {
        var workflow = File.ReadAllText(Path.Combine(Root, ".github", "workflows", "release.yml")).TrimEnd();
        var docs = File.ReadAllText(Path.Combine(Root, "docs", "ci.md"));
        Assert.Contains("```yaml\n" + workflow + "\n```", docs.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void The_workflow_attaches_the_pdfs_and_epubs_to_a_tagged_release()
    {
        var workflow = File.ReadAllText(Path.Combine(Root, ".github", "workflows", "release.yml"));
        Assert.Contains("tags:", workflow);
        Assert.Contains("gh release upload", workflow);
        Assert.Contains("out/*.pdf", workflow);
        Assert.Contains("out/*.epub", workflow);
    }

    /// <summary>The lines of the README's first code block: the build command, then the test command.</summary>
    private static string[] ReadmeCommands()
    {
        var lines = File.ReadAllLines(Path.Combine(Root, "README.md"));
        var start = Array.FindIndex(lines, l => l.StartsWith("```", StringComparison.Ordinal));
        return lines.Skip(start + 1).TakeWhile(l => !l.StartsWith("```", StringComparison.Ordinal)).ToArray();
    }

    /// <summary>The lines of the step named "Build the books", up to the next step.</summary>
    private static string[] BuildStep(string[] workflow)
    {
        var start = Array.FindIndex(workflow, l => l.Trim() == "- name: Build the books");
        Assert.True(start >= 0, "release.yml has no step named 'Build the books'");
        return workflow.Skip(start + 1).TakeWhile(l => !l.TrimStart().StartsWith("- ", StringComparison.Ordinal)).ToArray();
    }
}
