namespace Publisher.Core.Templates;

/// <summary>
/// The PDF's first page. With book.yml's <c>cover:</c> image it is that image over the whole
/// page; without one, when <see cref="Enabled"/>, a typographic cover of title, subtitle and
/// authors, the title block starting <see cref="TopFraction"/> down the text area.
/// </summary>
public sealed record CoverSpec(bool Enabled, BlockStyle Title, BlockStyle Subtitle, BlockStyle Authors, double TopFraction)
{
    public static CoverSpec None(TextStyleSpec body) =>
        new(false, Plain(body), Plain(body), Plain(body), 0.33);

    internal static BlockStyle Plain(TextStyleSpec body) => new(body, TextAlign.Center, 0, 0, false);
}

/// <summary>The imprint (copyright) page on the back of the title page: publisher, edition, date, rights, ISBN.</summary>
public sealed record ImprintSpec(bool Enabled, BlockStyle Text)
{
    public static ImprintSpec None(TextStyleSpec body) => new(false, CoverSpec.Plain(body) with { Align = TextAlign.Left });
}

/// <summary>
/// The printed table of contents: its title, the heading levels it lists (1: chapters only,
/// up to 3), one style per level, how far each level is indented, and the leader, the
/// characters repeated between an entry and its page number (empty: none).
/// </summary>
public sealed record TocSpec(bool Enabled, int Depth, string Title, BlockStyle TitleStyle, IReadOnlyList<BlockStyle> Levels,
    double Indent, string Leader)
{
    /// <summary>The title of the list of figures printed after the contents (and put in the EPUB's navigation); null: none.</summary>
    public string? FiguresTitle { get; init; }
    /// <summary>The same for the list of tables.</summary>
    public string? TablesTitle { get; init; }

    public static TocSpec None(TextStyleSpec body) =>
        new(false, 2, "Contents", CoverSpec.Plain(body), [CoverSpec.Plain(body), CoverSpec.Plain(body), CoverSpec.Plain(body)], 0, ".");
}
