using Publisher.Core.Highlighting;

namespace Publisher.Core.Templates;

/// <summary>
/// A layout template, read from <c>templates/&lt;name&gt;/template.yml</c>. It dresses both
/// formats: the PDF backend lays pages out from it and the EPUB backend turns the same
/// values into CSS. All lengths are in points.
/// </summary>
public sealed record Template
{
    public required string Name { get; init; }
    /// <summary>Folder holding template.yml, as a full path.</summary>
    public required string Directory { get; init; }
    /// <summary>
    /// Every file the template was read from: its template.yml and those of the templates it extends, its
    /// fonts and epub.css (full paths, each checked by <see cref="TemplateFolders"/>); the build cache hashes them.
    /// </summary>
    public IReadOnlyList<string> SourceFiles { get; init; } = [];
    public required PageSpec Page { get; init; }
    public required IReadOnlyDictionary<string, FontFamilySpec> Fonts { get; init; }
    /// <summary>Font files (full paths) tried in order for characters the chosen face lacks.</summary>
    public IReadOnlyList<string> FallbackFonts { get; init; } = [];
    /// <summary>
    /// Installed families named under <c>fallback-fonts</c> ("Noto Sans CJK JP"), tried after its files and before the
    /// fonts Publisher finds for a script by itself; each with where it was named, for the error if it is not installed.
    /// </summary>
    public IReadOnlyList<FontFamilyName> FallbackFamilies { get; init; } = [];
    public required BodySpec Body { get; init; }
    /// <summary>Heading styles for levels 1 to 6 (index 0 is h1).</summary>
    public required IReadOnlyList<BlockStyle> Headings { get; init; }
    /// <summary>How a chapter's front-matter description is set under its title; null: it is not printed (either format).</summary>
    public BlockStyle? ChapterDescription { get; init; }
    public required CodeSpec Code { get; init; }
    public required QuoteSpec Quote { get; init; }
    public required ListSpec Lists { get; init; }
    public required FigureSpec Figures { get; init; }
    public required TableSpec Table { get; init; }
    public required TitlePageSpec TitlePage { get; init; }
    public required RunningLineSpec Footer { get; init; }
    public required RunningLineSpec Header { get; init; }
    public required FootnoteSpec Footnotes { get; init; }
    public ReferencesSpec References { get; init; } = ReferencesSpec.Default;
    /// <summary>Front matter before the title page and after it (print; the EPUB has its own cover and nav).</summary>
    public CoverSpec Cover { get; init; } = CoverSpec.None(DefaultText);
    public ImprintSpec Imprint { get; init; } = ImprintSpec.None(DefaultText);
    public TocSpec Toc { get; init; } = TocSpec.None(DefaultText);
    /// <summary>The index at the back, where the text marks terms (<c>index:</c>).</summary>
    public IndexSpec Index { get; init; } = IndexSpec.Default(DefaultText, new BlockStyle(DefaultText, TextAlign.Left, 0, 0, false));
    /// <summary>The colour of each kind of callout (template.yml <c>callouts</c>).</summary>
    public CalloutSpec Callouts { get; init; } = CalloutSpec.Default;
    /// <summary>The standards the PDF follows: PDF/A-2, PDF/X-4 (template.yml <c>pdf</c>).</summary>
    public PdfSpec Pdf { get; init; } = PdfSpec.Plain;
    /// <summary>Extra CSS appended to the generated EPUB stylesheet (epub.css beside template.yml).</summary>
    public string? ExtraEpubCss { get; init; }
    /// <summary>What the template lets through but a reader would notice: text colours of too little contrast (PUB023).</summary>
    public IReadOnlyList<Publisher.Core.Diagnostics.Diagnostic> Warnings { get; init; } = [];

    /// <summary>Only for the defaults above, which TemplateReader always replaces with ones made from the body.</summary>
    private static readonly TextStyleSpec DefaultText = new("", false, false, 10, 12.5, "#000000");
}

public sealed record PageSpec(double Width, double Height, bool Facing,
    double MarginTop, double MarginBottom, double MarginInner, double MarginOuter)
{
    /// <summary>Chapters open on a right-hand (odd) page, a blank left-hand page put in where needed.</summary>
    public bool ChaptersOnRecto { get; init; }
    /// <summary>Blank pages are added at the end until the count is a multiple of this (4 for a folded booklet; 1: none).</summary>
    public int PadTo { get; init; } = 1;
    /// <summary>How far pictures and tints that reach the page's edge run on past it, for the printer's trim (0: none).</summary>
    public double Bleed { get; init; }
    /// <summary>Crop marks at the corners of the trim, outside the bleed.</summary>
    public bool CropMarks { get; init; }
    /// <summary>Whether a second PDF is written with the pages laid out on sheets for folding.</summary>
    public PageImposition Imposition { get; init; }
    /// <summary>Where page.imposition is set, for a warning when the book is too long to impose.</summary>
    public Publisher.Core.Diagnostics.SourceLocation? ImpositionAt { get; init; }

    public double TextWidth => Width - MarginInner - MarginOuter;
    public double TextHeight => Height - MarginTop - MarginBottom;
}

/// <summary>The four faces of one family, as full paths to font files.</summary>
public sealed record FontFamilySpec(string Name, string Regular, string? Bold, string? Italic, string? BoldItalic)
{
    public string FileFor(bool bold, bool italic) => (bold, italic) switch
    {
        (true, true) => BoldItalic ?? Bold ?? Italic ?? Regular,
        (true, false) => Bold ?? Regular,
        (false, true) => Italic ?? Regular,
        _ => Regular,
    };

    public IEnumerable<(string File, bool Bold, bool Italic)> Faces()
    {
        yield return (Regular, false, false);
        if (Bold is not null) yield return (Bold, true, false);
        if (Italic is not null) yield return (Italic, false, true);
        if (BoldItalic is not null) yield return (BoldItalic, true, true);
    }
}

/// <summary>A font family named by the name it is installed under, and where the template names it.</summary>
public sealed record FontFamilyName(string Name, Diagnostics.SourceLocation Location);

public enum TextAlign { Left, Right, Center, Justify }

/// <summary>How a run of text looks: which face, how large, what colour.</summary>
public sealed record TextStyleSpec(string Font, bool Bold, bool Italic, double Size, double Leading, string Color)
{
    /// <summary>The key that gave <see cref="Color"/> (this style's own, or the one it inherits from); null for the default black.</summary>
    public SetAt? ColorSetAt { get; init; }

    // Where the colour was written is not how the text looks: styles that look alike are equal.
    public bool Equals(TextStyleSpec? other) => other is not null && Font == other.Font && Bold == other.Bold
        && Italic == other.Italic && Size.Equals(other.Size) && Leading.Equals(other.Leading) && Color == other.Color;

    public override int GetHashCode() => HashCode.Combine(Font, Bold, Italic, Size, Leading, Color);
}

/// <summary>A text style plus the spacing and alignment of the block that carries it.</summary>
public sealed record BlockStyle(TextStyleSpec Text, TextAlign Align, double SpaceBefore, double SpaceAfter,
    bool PageBreakBefore);

public sealed record BodySpec(TextStyleSpec Text, TextAlign Align, double Indent, double ParagraphSpacing)
{
    /// <summary>How justified paragraphs are broken into lines: the paragraph as a whole, or line by line.</summary>
    public LineBreakingMode LineBreaking { get; init; } = LineBreakingMode.TotalFit;
    /// <summary>How emphasis shows in CJK text, which has no italics (body.cjk-emphasis).</summary>
    public CjkEmphasis CjkEmphasis { get; init; } = CjkEmphasis.Bold;
    /// <summary>Whether and how body text is hyphenated (body.hyphenation).</summary>
    public HyphenationSpec Hyphenation { get; init; } = HyphenationSpec.Off;
    /// <summary>Fewest lines of a paragraph carried to the top of a page (1 allows widows).</summary>
    public int Widows { get; init; } = 2;
    /// <summary>Fewest lines of a paragraph left at the foot of a page (1 allows orphans).</summary>
    public int Orphans { get; init; } = 2;
}

public enum LineBreakingMode { TotalFit, FirstFit }

/// <summary>Emphasis in Chinese, Japanese and Korean: the bold face, or dots beside the characters.</summary>
public enum CjkEmphasis { Bold, Dots }

public sealed record TitlePageSpec(bool Enabled, BlockStyle Title, BlockStyle Subtitle, BlockStyle Authors,
    double TopFraction);

/// <summary>A header or footer: placeholder texts for the inner, centre and outer positions.</summary>
public sealed record RunningLineSpec(TextStyleSpec Text, double Distance, string Inner, string Center, string Outer,
    bool OnFirstPage)
{
    /// <summary>Texts for left-hand (even) pages, when they differ (the book's title, say).</summary>
    public RunningTexts? LeftPage { get; init; }
    /// <summary>Texts for right-hand (odd) pages, when they differ (the chapter's title, say).</summary>
    public RunningTexts? RightPage { get; init; }

    /// <summary>What stands on a page of this side: its own texts, else the shared ones.</summary>
    public RunningTexts For(bool leftHand) => (leftHand ? LeftPage : RightPage) ?? new RunningTexts(Inner, Center, Outer);

    public bool IsEmpty => For(true).IsEmpty && For(false).IsEmpty;
}

/// <summary>The inner, centre and outer texts of a header or footer, with placeholders.</summary>
public sealed record RunningTexts(string Inner, string Center, string Outer)
{
    public bool IsEmpty => Inner.Length == 0 && Center.Length == 0 && Outer.Length == 0;
}

/// <summary>Code blocks: their text style and spacing, the tint behind them, and the
/// size of inline code relative to the text around it.</summary>
public sealed record CodeSpec(BlockStyle Block, string? Background, double Padding, double InlineScale)
{
    /// <summary>Where <see cref="Background"/> was set.</summary>
    public SetAt? BackgroundSetAt { get; init; }

    /// <summary>Styles of highlighted tokens (code.highlight); empty: code is set in one colour.</summary>
    public IReadOnlyDictionary<TokenKind, TokenStyleSpec> Highlight { get; init; } = new Dictionary<TokenKind, TokenStyleSpec>();
}

/// <summary>Block quotes: text style (italic or not), spacing and left indent.</summary>
public sealed record QuoteSpec(BlockStyle Block, double Indent);

/// <summary>Lists: indent from the list's edge to the item text, and spacing (between the
/// items of a tight list, between the paragraphs of a loose one, around a whole list).</summary>
public sealed record ListSpec(double Indent, double ItemSpacing, double LooseSpacing, double SpaceBefore, double SpaceAfter);

/// <summary>
/// Footnotes: the notes' text and alignment, the hanging indent their numbers stand in, the gap between the text
/// and the notes at the foot of a page (the rule is drawn in its middle), the rule's length and thickness, and the
/// reference numbers' size and rise as shares of the size of the text they stand in.
/// </summary>
public sealed record FootnoteSpec(TextStyleSpec Text, TextAlign Align, double Indent, double Gap, double RuleWidth,
    double RuleThickness, double ReferenceScale, double ReferenceRise);

/// <summary>
/// How labelled things are numbered: through the book (Figure 1, 2, 3…) or per chapter (Figure 2.3), and the word
/// their numbers follow; null: the book's language's (<see cref="References.ReferenceWords"/>).
/// </summary>
public sealed record ReferencesSpec(bool PerChapter, string? FigureWord, string? TableWord = null, string? ListingWord = null,
    string? EquationWord = null)
{
    /// <summary>In the PDF, a reference to a figure, table, listing, equation or section adds its page: "Figure 3 on page 12".</summary>
    public bool Page { get; init; }
    /// <summary>The words before that page number; null: the book's language's ("on page").</summary>
    public string? OnPageWords { get; init; }

    public static readonly ReferencesSpec Default = new(false, null);
}
