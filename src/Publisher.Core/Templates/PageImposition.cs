namespace Publisher.Core.Templates;

/// <summary>How pages are laid out on printer's sheets in the extra imposed PDF.</summary>
public enum PageImposition
{
    /// <summary>No imposed file: the PDF holds one page per page.</summary>
    None,

    /// <summary>
    /// Two pages per side of an A4 landscape sheet, in the order that makes a booklet when the
    /// sheets are printed double-sided, stacked, folded in the middle and stapled on the fold.
    /// </summary>
    SaddleStitch,
}
