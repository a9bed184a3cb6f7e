using Publisher.Core.Diagnostics;
using Publisher.Core.Output;
using Publisher.Core.Templates;

namespace Publisher.Core.Books;

/// <summary>
/// A folder that holds <c>content/&lt;book&gt;/</c> folders and optionally its own
/// <c>templates/</c>. Every path in a diagnostic is relative to it.
/// </summary>
public sealed class Project
{
    /// <param name="templateOverride">A template every book is built with instead of the one its book.yml names
    /// (<c>--template</c>); null: each book's own.</param>
    public Project(string root, string? templateOverride = null, AdHocBook? adHoc = null)
    {
        AdHoc = adHoc;
        Root = Path.GetFullPath(root);
        Templates = new TemplateLocator(Root);
        Loader = new BookLoader(Root, Templates) { TemplateOverride = templateOverride };
    }

    public string Root { get; }

    /// <summary>The one book of a build made from a folder on the command line (<c>--source</c>), in place of content/'s.</summary>
    public AdHocBook? AdHoc { get; }
    public string ContentDirectory => Path.Combine(Root, "content");
    public TemplateLocator Templates { get; }
    public BookLoader Loader { get; }

    /// <summary>Names of the folders under content/ that hold a book.yml, in name order.</summary>
    public IReadOnlyList<string> BookNames() => AdHoc is { } adHoc ? [adHoc.Name] : !Directory.Exists(ContentDirectory)
        ? []
        : Directory.EnumerateDirectories(ContentDirectory)
            .Where(d => File.Exists(Path.Combine(d, "book.yml")))
            .Select(d => Path.GetFileName(d)!)
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Reads and checks the book in content/<paramref name="name"/>/, whose output names must not clash with another book's.</summary>
    public Book LoadBook(string name, string? sourceDateEpoch, List<Diagnostic>? errors = null)
    {
        if (AdHoc is { } adHoc) return Loader.LoadFolder(adHoc, sourceDateEpoch, errors);
        var directory = Path.Combine(ContentDirectory, name);
        OutputNames.CheckClash(name, BookNames(), SourceLocation.File(Path.GetRelativePath(Root, Path.Combine(directory, "book.yml"))));
        return Loader.Load(directory, sourceDateEpoch, errors);
    }
}
