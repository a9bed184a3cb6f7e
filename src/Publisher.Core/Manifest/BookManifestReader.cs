using System.Globalization;
using System.Text.RegularExpressions;
using Publisher.Core.Diagnostics;
using Publisher.Core.Markdown;
using Publisher.Core.Yaml;

namespace Publisher.Core.Manifest;

/// <summary>Reads and checks book.yml. The first problem found stops the build with its location.</summary>
public static partial class BookManifestReader
{
    public const string DefaultTemplate = "booklet";

    private static readonly string[] Keys =
    [
        "title", "subtitle", "author", "authors", "publisher", "rights", "description", "language",
        "date", "edition", "isbn", "identifier", "template", "cover", "chapters", "formats",
        "heading-ids", "site-url", "source",
    ];

    private static readonly Dictionary<string, HeadingIds> HeadingIdRules = new()
    {
        ["github"] = HeadingIds.GitHub,
        ["classic"] = HeadingIds.Classic,
    };

    private static readonly Dictionary<string, OutputFormat> FormatNames = new()
    {
        ["pdf"] = OutputFormat.Pdf,
        ["epub"] = OutputFormat.Epub,
    };

    public static BookManifest Read(string fullPath, string displayPath) => Read(YamlMap.Load(fullPath, displayPath));

    /// <summary>A manifest given as text rather than a file (<c>publisher build --source</c> makes one from its options).</summary>
    public static BookManifest ReadText(string yaml, string displayPath) => Read(YamlMap.Parse(yaml, displayPath));

    private static BookManifest Read(YamlMap manifest)
    {
        var map = manifest.AllowOnly(Keys);

        var title = map.RequiredScalar("title");
        if (string.IsNullOrWhiteSpace(title.Value)) throw title.Invalid("the title must not be empty");

        var language = map.RequiredScalar("language");
        if (!IsLanguageTag(language.Value))
            throw language.Invalid("expected a BCP 47 language tag such as en, ru or az-Latn");

        var authorScalars = map.List("authors") ?? map.List("author") ?? [];
        var authors = authorScalars.Select(a => a.Value).ToList();
        var template = map.Scalar("template");
        var identifier = map.Scalar("identifier");
        if (identifier is { } id && string.IsNullOrWhiteSpace(id.Value))
            throw id.Invalid("expected an ISBN, a URN or a URL (or leave the key out to have one made from the book's name)");
        var cover = map.Scalar("cover");
        if (cover is { } c && string.IsNullOrWhiteSpace(c.Value))
            throw c.Invalid("expected the path of an image file in the book's folder");
        var isbn = map.Scalar("isbn");
        if (isbn is { } i && Isbn.Problem(i.Value) is { } problem)
            throw BuildFailedException.At(i.Location, DiagnosticCodes.BadIsbn, $"'isbn': '{i.Value}' is not a valid ISBN: {problem}");
        var chapters = map.List("chapters");
        if (chapters is { Count: 0 })
            throw BuildFailedException.At(map.LocationOf("chapters"), DiagnosticCodes.NoChapters,
                "'chapters' lists no files: list the chapter files in reading order, or leave the key out to take every *.md");
        if (chapters?.FirstOrDefault(c => string.IsNullOrWhiteSpace(c.Value)) is { Key: not null } blank)
            throw blank.Invalid("expected the path of a Markdown file in the book's folder");
        var source = map.Scalar("source");
        if (source is { } src && string.IsNullOrWhiteSpace(src.Value))
            throw src.Invalid("expected the folder that holds the pages, relative to book.yml, such as ../../docs");
        var siteUrl = map.Scalar("site-url");
        if (siteUrl is { } site && (!Uri.TryCreate(site.Value, UriKind.Absolute, out var siteUri) || siteUri.Scheme is not ("http" or "https")))
            throw site.Invalid("expected the web address the pages are published at, such as https://docs.example.org/");
        var formats = map.List("formats");
        if (formats is { Count: 0 })
            throw BuildFailedException.At(map.LocationOf("formats"), DiagnosticCodes.BadValue,
                "'formats' lists nothing: name pdf, epub or both, or leave the key out for both");

        return new BookManifest
        {
            Title = title.Value,
            Subtitle = map.String("subtitle"),
            Authors = authors,
            Publisher = map.String("publisher"),
            Rights = map.String("rights"),
            Description = map.String("description"),
            Language = language.Value,
            Date = map.Scalar("date") is { } date ? ParseDate(date) : null,
            DateText = map.String("date"),
            Edition = map.String("edition"),
            Isbn = isbn?.Value,
            Identifier = identifier?.Value,
            Template = template?.Value ?? DefaultTemplate,
            TemplateLocation = template?.Location ?? map.Location,
            Cover = cover?.Value,
            CoverLocation = cover?.Location ?? map.Location,
            Chapters = chapters?.Select(c => new ChapterEntry(c.Value, c.Location)).ToList(),
            Formats = formats?.Select(f => f.AsChoice(FormatNames)).Distinct().ToList()
                      ?? [OutputFormat.Pdf, OutputFormat.Epub],
            PrintedTexts = PrintedTexts(map, authorScalars),
            HeadingIds = map.Scalar("heading-ids")?.AsChoice(HeadingIdRules) ?? HeadingIds.GitHub,
            Source = source?.Value,
            SourceLocation = source?.Location ?? map.Location,
            SiteUrl = siteUrl is null ? null : siteUrl.Value.Value.TrimEnd('/') + "/",
        };
    }

    /// <summary>The values the PDF sets in type: the title and subtitle, the authors, and the imprint's lines (<see cref="ImprintLines"/>).</summary>
    private static List<ManifestText> PrintedTexts(YamlMap map, IReadOnlyList<YamlScalar> authors)
    {
        var texts = new List<ManifestText>();
        foreach (var key in (string[])["title", "subtitle", "publisher", "edition", "date", "rights", "isbn", "identifier"])
            if (map.Scalar(key) is { } value) texts.Add(new ManifestText(value.Value, value.Location));
        texts.AddRange(authors.Select(author => new ManifestText(author.Value, author.Location)));
        return texts;
    }

    private static DateOnly ParseDate(YamlScalar date)
    {
        string[] formats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];
        if (DateOnly.TryParseExact(date.Value, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            return d;
        throw date.Invalid("expected a date written as YYYY-MM-DD");
    }

    /// <summary>Whether <paramref name="tag"/> has the shape of a BCP 47 tag (book.yml's language, a <c>lang</c> attribute).</summary>
    public static bool IsLanguageTag(string tag) => LanguageTag().IsMatch(tag);

    [GeneratedRegex(@"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")]
    private static partial Regex LanguageTag();
}
