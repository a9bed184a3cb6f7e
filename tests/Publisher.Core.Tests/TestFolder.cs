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

    /// <summary>A FIFO (named pipe) at <paramref name="relative"/>: opening it for reading waits for a writer, maybe for ever.</summary>
    public string Fifo(string relative)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
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

    public const string MinimalBookYml = "title: B\nlanguage: en\n";

    /// <summary>Writes the book content/b/ (book.yml, the chapter 01-one.md and <paramref name="files"/>, relative to the book) and loads it.</summary>
    public Publisher.Core.Books.Book LoadBook(string chapter, string bookYml = MinimalBookYml, params (string Path, string Text)[] files)
    {
        Write("content/b/book.yml", bookYml);
        Write("content/b/01-one.md", chapter);
        foreach (var (path, text) in files) Write("content/b/" + path, text);
        return new Publisher.Core.Books.Project(Root).LoadBook("b", "0");
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

/// <summary>Tests of one section of template.yml, reading the shipped booklet as shipped or with one value changed.</summary>
public abstract class ShippedTemplateTests : IDisposable
{
    protected const string Display = ShippedTemplate.Display;
    private readonly ShippedTemplate _template = new();

    public void Dispose()
    {
        _template.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>template.yml as shipped.</summary>
    protected string Shipped => _template.Text;

    protected Publisher.Core.Templates.Template Read(string text) => _template.Read(text);

    /// <summary>The shipped text with <paramref name="from"/> (which must be there) replaced.</summary>
    protected string Changed(string from, string to) => _template.Changed(from, to);
}

/// <summary>
/// The shipped booklet template copied into a temporary folder, to read as shipped or
/// with one value changed (the template tests of each section share it).
/// </summary>
public sealed class ShippedTemplate : IDisposable
{
    public const string Display = "templates/booklet/template.yml";
    private readonly TestFolder _folder = new();

    public ShippedTemplate()
    {
        _folder.CopyShippedTemplates();
        Text = File.ReadAllText(_folder.PathOf(Display));
    }

    /// <summary>template.yml as shipped.</summary>
    public string Text { get; }

    public Publisher.Core.Templates.Template Read(string text) =>
        Publisher.Core.Templates.TemplateReader.Read("booklet", _folder.Write(Display, text), Display);

    /// <summary>The shipped text with <paramref name="from"/> (which must be there) replaced.</summary>
    public string Changed(string from, string to)
    {
        Assert.Contains(from, Text);
        return Text.Replace(from, to);
    }

    /// <summary>A path inside the folder the template was copied into ("templates/fonts/x.ttf").</summary>
    public string PathOf(string relative) => _folder.PathOf(relative);

    /// <summary>A FIFO beside the template's files (<see cref="TestFolder.Fifo"/>).</summary>
    public string Fifo(string relative) => _folder.Fifo(relative);

    public void Dispose() => _folder.Dispose();
}
