using System.Diagnostics;

namespace Publisher.EndToEnd.Tests;

/// <summary>
/// The released form of Publisher is a .NET tool package: packed from the CLI project,
/// installed into a tool path, it must build a book from a folder that holds only content/
/// (the templates and fonts travel inside the package).
/// </summary>
public sealed class ToolPackageTests
{
    [Fact]
    public void The_packed_tool_installs_and_builds_the_khojaly_booklet()
    {
        var repository = BuildTests.RepositoryRoot();
        using var work = TempProject.Empty();
        var packages = work.PathOf("packages");
        var tools = work.PathOf("tools");

        // The CLI project is already built for this test run (the test project references it),
        // so pack that build rather than compiling a second copy: as one framework-dependent package, since the
        // released form (a pointer to a Native AOT package for linux-x64 and a framework-dependent one for the rest,
        // docs/ci.md) compiles the whole program ahead of time, over a minute on two cores.
        Run(repository, "dotnet", "pack", Path.Combine(repository, "src", "Publisher.Cli"),
            "--no-build", "-c", Configuration(), "-o", packages, "-p:ToolPackageRuntimeIdentifiers=", "-p:PublishAot=false");
        var package = Assert.Single(Directory.GetFiles(packages, "*.nupkg"));
        Assert.StartsWith("Publisher.", Path.GetFileName(package), StringComparison.Ordinal);

        Run(work.Root, "dotnet", "tool", "install", "Publisher", "--tool-path", tools, "--add-source", packages,
            "--version", Path.GetFileNameWithoutExtension(package)["Publisher.".Length..]);

        var book = work.PathOf("book");
        TempProject.CopyDirectory(Path.Combine(repository, "content", "khojaly"), Path.Combine(book, "content", "khojaly"));
        var output = Run(book, Path.Combine(tools, "publisher"), "build");

        Assert.Contains("out/khojaly.pdf", output);
        Assert.True(Tools.PdfPages(Path.Combine(book, "out", "khojaly.pdf")) >= 4);
        var text = Tools.Run("pdftotext", Path.Combine(book, "out", "khojaly.pdf"), "-");
        Assert.Contains("Khojaly", text);
        Assert.True(new FileInfo(Path.Combine(book, "out", "khojaly.epub")).Length > 10_000);
    }

    /// <summary>Debug or Release: whichever this test assembly was built in (…/bin/Debug/net10.0/).</summary>
    private static string Configuration() =>
        new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    private static string Run(string directory, string program, params string[] args)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["SOURCE_DATE_EPOCH"] = TempProject.Epoch;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', args)} did not finish in five minutes");
        }
        var output = stdout.Result + stderr.Result;
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', args)} failed ({process.ExitCode}):\n{output}");
        return output;
    }
}
