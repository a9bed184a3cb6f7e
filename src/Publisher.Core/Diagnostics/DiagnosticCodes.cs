namespace Publisher.Core.Diagnostics;

/// <summary>
/// Every code Publisher prints. They are stable: users grep CI logs for them.
/// docs/diagnostics.md explains each one.
/// </summary>
public static class DiagnosticCodes
{
    public const string YamlSyntax = "PUB001";
    public const string UnknownKey = "PUB002";
    public const string BadValue = "PUB003";
    public const string MissingKey = "PUB004";
    public const string NestingTooDeep = "PUB005";
    public const string BookNotFound = "PUB010";
    public const string ChapterNotFound = "PUB011";
    public const string PathOutsideBook = "PUB012";
    public const string NoChapters = "PUB013";
    public const string DuplicateChapter = "PUB014";
    public const string NotARegularFile = "PUB015";
    public const string FileTooLarge = "PUB016";
    public const string TemplateNotFound = "PUB020";
    public const string FontNotFound = "PUB021";
    public const string FontUnreadable = "PUB022";
    public const string LowContrast = "PUB023";
    public const string OutputNotWritable = "PUB030";
    public const string OutputNameClash = "PUB031";
    public const string LinkTargetMissing = "PUB040";
    public const string ImageNotFound = "PUB041";
    public const string ImageUnreadable = "PUB042";
    public const string DuplicateId = "PUB043";
    public const string LinkOutsideBook = "PUB044";
    public const string ControlCharacter = "PUB045";
    public const string ImageTooLarge = "PUB046";
    public const string ImageColorsNotAllowed = "PUB047";
    public const string UnknownReference = "PUB048";
    public const string DuplicateLabel = "PUB049";
    public const string LabelNotNumbered = "PUB054";
    public const string BadIndexEntry = "PUB055";
    public const string BadFormula = "PUB056";
    public const string FormulaTooWide = "PUB057";
    public const string PageNumbersUnsettled = "PUB058";
    public const string RawHtml = "PUB050";
    public const string AttributeDropped = "PUB051";
    public const string UnsafeLink = "PUB052";
    public const string SvgContentDropped = "PUB053";
    public const string BadIsbn = "PUB060";
    public const string TooLongToImpose = "PUB070";
    public const string IndentLimited = "PUB090";
    // publisher check: problems the build lets through but a reader would notice.
    public const string ImageWithoutAltText = "PUB080";
    public const string CharacterNotInFonts = "PUB081";
    public const string UnusedFile = "PUB082";
    public const string ForeignFrontMatter = "PUB083";
    public const string TableWithoutHeader = "PUB084";
}
