using System.Text;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Publisher.Core.Diagnostics;
using Publisher.Core.Images;
using Publisher.Core.Manifest;
using Publisher.Core.Markdown;
using Publisher.Core.Templates;
using Publisher.Core.Yaml;

namespace Publisher.Core.Books;

/// <summary>Reads one book folder (book.yml, chapters, template) into a checked <see cref="Book"/>.</summary>
public sealed class BookLoader(string projectRoot, TemplateLocator templates)
{
    /// <summary>A template name that wins over book.yml's <c>template:</c> (the command line's <c>--template</c>).</summary>
    public string? TemplateOverride { get; init; }

    /// <param name="errors">Where broken links and images go instead of stopping the load (see <see cref="SourceChecks.Run"/>).</param>
    public Book Load(string bookDirectory, string? sourceDateEpoch, List<Diagnostic>? errors = null)
    {
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(bookDirectory));
        var manifestFile = Path.Combine(bookDirectory, "book.yml");
        var manifestAt = SourceLocation.File(Display(manifestFile));
        BookPaths.CheckFolder(bookDirectory, manifestAt);
        if (BookPaths.Check(bookDirectory, manifestFile, manifestAt) is null)
            throw BuildFailedException.At(manifestAt, DiagnosticCodes.ChapterNotFound, "book.yml not found");
        var manifest = BookManifestReader.Read(manifestFile, Display(manifestFile));
        return Load(name, bookDirectory, manifest, manifestFile, sourceDateEpoch, errors);
    }

    /// <summary>
    /// A documentation folder as a book with no book.yml (<c>publisher build --source docs/ --title …</c>): its
    /// manifest comes from the command line (<see cref="AdHocBook"/>), its pages from the folder, in its generator's order.
    /// </summary>
    public Book LoadFolder(AdHocBook adHoc, string? sourceDateEpoch, List<Diagnostic>? errors = null)
    {
        var folder = SourceFolder(projectRoot, adHoc.Folder, SourceLocation.File(adHoc.Origin), adHoc.Origin);
        var manifest = BookManifestReader.ReadText(adHoc.ManifestYaml, adHoc.Origin);
        return Load(adHoc.Name, folder, manifest, manifestFile: null, sourceDateEpoch, errors);
    }

    /// <param name="manifestFile">book.yml, or null for a book made on the command line.</param>
    private Book Load(string name, string bookDirectory, BookManifest manifest, string? manifestFile, string? sourceDateEpoch,
        List<Diagnostic>? errors)
    {
        var manifestDisplay = manifestFile is null ? "." : Display(manifestFile);
        // The template is read beside the chapters (on a core their parsing leaves free at first); a chapter waits
        // for it only to learn whether the template shows chapter descriptions.
        var templateLoad = Task.Run(() =>
        {
            using var timing = StageTimings.Measure("read: template");
            return TemplateOverride is { } chosen
                ? templates.Load(chosen, SourceLocation.File(manifestDisplay))
                : templates.Load(manifest.Template, manifest.TemplateLocation);
        });
        try { return Load(name, bookDirectory, manifest, manifestFile, manifestDisplay, sourceDateEpoch, errors, templateLoad); }
        catch (BuildFailedException)
        {
            // A template that cannot be read is the book's first error, as when it was read before anything else
            // (a book with a broken template and no chapters is reported for its template).
            try { templateLoad.Wait(); }
            catch (AggregateException e) when (e.InnerException is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerException);
            }
            throw;
        }
        finally
        {
            // Whatever failed first, the template's own reading has ended before this book is given up or returned.
            try { templateLoad.Wait(); } catch (AggregateException) { }
        }
    }

    private Book Load(string name, string bookDirectory, BookManifest manifest, string? manifestFile, string manifestDisplay,
        string? sourceDateEpoch, List<Diagnostic>? errors, Task<Template> templateLoad)
    {
        Template Template() => templateLoad.GetAwaiter().GetResult();
        if (manifest.Cover is { } cover)
        {
            var coverLocation = manifest.CoverLocation;
            var coverFile = BookPaths.Resolve(bookDirectory, cover, coverLocation);
            if (!File.Exists(coverFile))
                throw BuildFailedException.At(coverLocation, DiagnosticCodes.ChapterNotFound, $"cover image '{cover}' not found");
            // (A file of another type is refused where the formats use it.)
            if (ImageFormats.Detect(coverFile) is { } format)
                ImageLimits.Check(new BookImage(coverFile, format), $"cover image '{cover}'", coverLocation, Display(coverFile));
        }

        // The pages may live elsewhere in the project (book.yml 'source'): the book's containment is then that folder.
        var sourceDirectory = manifest.Source is { } source ? SourceFolder(bookDirectory, source, manifest.SourceLocation) : bookDirectory;
        var depths = new Dictionary<string, int>(StringComparer.Ordinal);
        var files = manifest.Source is not null && manifest.Chapters is null
            ? FolderPages(sourceDirectory, depths, manifestDisplay)
            : ChapterFiles(sourceDirectory, manifest, manifestDisplay);
        // Chapters are read and parsed on every core; what they report, and the first error, come in chapter order.
        var parsed = new ParsedChapter[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            using var timing = StageTimings.Measure("read: parse Markdown");
            parsed[i] = Parse(files[i], manifest, Template, collect: errors is not null);
        });
        // A template that cannot be read is the book's first error, as when it was read before the chapters.
        var template = Template();
        var chapters = new List<Chapter>();
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        // The template's own warnings (colours of too little contrast) come first: they concern every page.
        var warnings = new List<Diagnostic>(template.Warnings);
        foreach (var chapter in parsed)
        {
            chapter.Failure?.Throw();
            warnings.AddRange(chapter.Warnings);
            errors?.AddRange(chapter.Errors);
            chapters.Add(Finish(chapters.Count, chapter, manifest, slugs) with { Depth = depths.GetValueOrDefault(chapter.File) });
        }
        var notes = ChapterFrontMatter.ForeignKeyNotes(parsed.Select(p => p.Front!));
        Mathematics.Formulas.Apply(chapters, errors);
        var numbered = References.CrossReferences.Apply(chapters, template.References, manifest.Language, warnings, errors);
        var index = Indexing.BookIndex.Of(Indexing.IndexMarks.Apply(chapters, warnings, errors), manifest.Language);

        warnings.AddRange(SourceChecks.Run(sourceDirectory, chapters, errors, manifest.SiteUrl));
        return new Book
        {
            Warnings = warnings,
            Notes = notes,
            Name = name,
            Directory = Path.GetFullPath(bookDirectory),
            SourceDirectory = Path.GetFullPath(sourceDirectory),
            Manifest = manifest,
            Template = template,
            Chapters = chapters,
            Numbered = numbered,
            Index = index,
            Identifier = manifest.Identifier ?? BookIdentifier.FromName(name),
            Timestamp = BuildTimestamp.For(manifest.Date, manifestFile is null ? files : files.Prepend(manifestFile), sourceDateEpoch),
        };
    }

    /// <summary>The folder book.yml's <c>source</c> names: it must exist and lie inside the project, links followed.</summary>
    /// <param name="key">How the diagnostic names what gave the folder: book.yml's key or the command line's option.</param>
    private string SourceFolder(string bookDirectory, string source, SourceLocation at, string key = "'source'")
    {
        var full = Path.GetFullPath(Path.Combine(bookDirectory, source));
        if (!Directory.Exists(full))
            throw BuildFailedException.At(at, DiagnosticCodes.ChapterNotFound, $"{key}: folder '{source}' not found");
        var root = Paths.RealPath.Of(Path.GetFullPath(projectRoot));
        if (Paths.RealPath.Of(full) is not { } real || root is null || !(real == root || Paths.RealPath.IsInside(real, root)))
            throw BuildFailedException.At(at, DiagnosticCodes.PathOutsideBook,
                $"{key}: '{source}' leads outside the project's folder; a book's pages must lie in the project");
        return full;
    }

    /// <summary>Every page of a documentation folder, in its generator's order (<see cref="FolderOrder"/>), with its depth in the book's parts.</summary>
    private List<string> FolderPages(string sourceDirectory, Dictionary<string, int> depths, string manifestDisplay)
    {
        var files = new ChapterFiles();
        foreach (var (file, depth) in FolderOrder.Of(sourceDirectory, Display))
        {
            var location = SourceLocation.File(Display(file));
            if (BookPaths.Check(sourceDirectory, file, location) is null)
                throw BuildFailedException.At(location, DiagnosticCodes.ChapterNotFound,
                    $"'{Path.GetFileName(file)}' is a symbolic link to a file that does not exist");
            files.Add(file, Path.GetRelativePath(sourceDirectory, file), location);
            depths[file] = depth;
        }
        if (files.Paths.Count == 0)
            throw BuildFailedException.At(SourceLocation.File(manifestDisplay), DiagnosticCodes.NoChapters,
                "the book has no chapters: its 'source' folder holds no *.md files");
        return files.Paths;
    }

    private List<string> ChapterFiles(string bookDirectory, BookManifest manifest, string manifestDisplay)
    {
        var files = new ChapterFiles();
        if (manifest.Chapters is { } listed)
        {
            foreach (var entry in listed)
            {
                var full = BookPaths.Resolve(bookDirectory, entry.Path, entry.Location);
                if (!File.Exists(full))
                    throw BuildFailedException.At(entry.Location, DiagnosticCodes.ChapterNotFound,
                        $"chapter file '{entry.Path}' not found");
                files.Add(full, entry.Path, entry.Location);
            }
            return files.Paths;
        }
        // Every *.md is a chapter, links among them too: each is checked as if it were listed, and reported at itself.
        foreach (var file in Directory.EnumerateFiles(bookDirectory, "*.md").Order(StringComparer.Ordinal))
        {
            var location = SourceLocation.File(Display(file));
            var written = Path.GetFileName(file);
            // A link whose target is missing is listed too; one to a folder is not (it counts as a folder).
            if (BookPaths.Check(bookDirectory, file, location) is null)
                throw BuildFailedException.At(location, DiagnosticCodes.ChapterNotFound,
                    $"'{written}' is a symbolic link to a file that does not exist");
            files.Add(file, written, location);
        }
        if (files.Paths.Count == 0)
            throw BuildFailedException.At(SourceLocation.File(manifestDisplay), DiagnosticCodes.NoChapters,
                "the book has no chapters: add *.md files beside book.yml or list them under 'chapters'");
        return files.Paths;
    }

    /// <summary>A chapter read and parsed, with what its checks found, or the error that stopped it.</summary>
    private sealed record ParsedChapter(string File, string Display, MarkdownDocument? Document, string? Title,
        List<Diagnostic> Warnings, List<Diagnostic> Errors, System.Runtime.ExceptionServices.ExceptionDispatchInfo? Failure)
    {
        public ChapterFrontMatter? Front { get; init; }
    }

    /// <summary>Reads and checks one chapter on its own: safe to run beside the others.</summary>
    private ParsedChapter Parse(string file, BookManifest manifest, Func<Template> template, bool collect)
    {
        var display = Display(file);
        var warnings = new List<Diagnostic>();
        var errors = new List<Diagnostic>();
        try
        {
            ChapterSize.Check(file, display);
            var text = File.ReadAllText(file);
            var document = MarkdownNesting.Parse(text, display, MarkdownPipelineFactory.For(manifest.HeadingIds));
            ControlCharacters.Check(text, document, display);
            warnings.AddRange(AttributeAllowList.Apply(document, display));
            ChapterIds.Check(document, display, collect ? errors : null);
            TableCaptions.Attach(document);
            var front = ChapterFrontMatter.Read(document, display, manifest.HeadingIds, template().ChapterDescription is not null);
            warnings.AddRange(front.Warnings);
            // Curly quotes in the marks of the chapter's language, for every output alike.
            LanguageQuotes.Apply(document, front.Language ?? manifest.Language);
            SharedSyntaxTree.Prepare(document);
            return new ParsedChapter(file, display, document, front.Title, warnings, errors, null) { Front = front };
        }
        catch (Exception e)
        {
            return new ParsedChapter(file, display, null, null, warnings, errors, System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e));
        }
    }

    /// <summary>The chapter, with its title and a slug unique in the book (given in chapter order).</summary>
    private static Chapter Finish(int index, ParsedChapter parsed, BookManifest manifest, HashSet<string> slugs)
    {
        var document = parsed.Document!;
        var heading = document.Descendants<HeadingBlock>().FirstOrDefault();
        var headingTitle = heading is null ? null : PlainText(heading.Inline);

        var slug = Slug(Path.GetFileNameWithoutExtension(parsed.File));
        for (var n = 2; !slugs.Add(slug); n++) slug = $"{Slug(Path.GetFileNameWithoutExtension(parsed.File))}-{n}";

        return new Chapter
        {
            Index = index,
            SourcePath = parsed.File,
            DisplayPath = parsed.Display,
            Document = document,
            Title = parsed.Title ?? headingTitle ?? manifest.Title,
            // A title from front matter is the chapter's heading when the page had none and got it (ChapterFrontMatter).
            TitleIsHeading = parsed.Title is null ? headingTitle is not null : parsed.Front?.TitleIsHeading == true,
            Slug = slug,
            Language = parsed.Front?.Language,
        };
    }

    /// <summary>The visible text of inline content, markup removed (for titles and navigation).</summary>
    public static string PlainText(ContainerInline? inline)
    {
        var sb = new StringBuilder();
        void Walk(Inline? node)
        {
            for (; node is not null; node = node.NextSibling)
            {
                switch (node)
                {
                    case LiteralInline literal: sb.Append(literal.Content.ToString()); break;
                    case CodeInline code: sb.Append(code.Content); break;
                    // A formula reads as its source: a title or an index term keeps it ("$\alpha$ decay").
                    case Markdig.Extensions.Mathematics.MathInline math: sb.Append(math.Content.ToString()); break;
                    case LineBreakInline: sb.Append(' '); break;
                    case HtmlEntityInline entity: sb.Append(entity.Transcoded.ToString()); break;
                    // What print and the EPUB show for an abbreviation and for a straight quote made curly.
                    case Markdig.Extensions.Abbreviations.AbbreviationInline abbreviation: sb.Append(abbreviation.Abbreviation.Label); break;
                    case Markdig.Extensions.SmartyPants.SmartyPant smart: sb.Append(Markdown.SmartyPunctuation.Text(smart.Type)); break;
                    case ContainerInline container: Walk(container.FirstChild); break;
                }
            }
        }
        Walk(inline?.FirstChild);
        return sb.ToString().Trim();
    }

    /// <summary>Lower-case letters, digits and hyphens; never empty.</summary>
    internal static string Slug(string name)
    {
        var sb = new StringBuilder();
        foreach (var c in name.ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') sb.Append(c);
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        var slug = sb.ToString().Trim('-');
        return slug.Length == 0 ? "chapter" : slug;
    }

    private string Display(string file) => Path.GetRelativePath(projectRoot, file);
}
