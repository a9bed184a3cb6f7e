using Publisher.Core.Units;

namespace Publisher.Core.Templates.Keys;

/// <summary>The page's geometry and the print shop's options, and the fonts a template names.</summary>
public static class PageKeys
{
    public static readonly TemplateKeySet Margins = new("`page.margins`",
        "The margins around the text area, lengths such as `17mm` (`em` is not allowed here). On facing pages the " +
        "inner margin is the one by the gutter.",
        [
            new("top", "above the text area (the running head stands in it)", "required") { Example = "17mm" },
            new("bottom", "below the text area (the running foot stands in it)", "required") { Example = "20mm" },
            new("inner", "by the gutter: the left margin of a right-hand page", "required") { Example = "19mm" },
            new("outer", "by the outer edge", "required") { Example = "15mm" },
        ]);

    public static readonly TemplateKeySet Page = new("`page`",
        "The page: its size, margins, how chapters open, and what a print shop needs (see \"Printing\" in " +
        "[templates.md](templates.md#printing)).",
        [
            new("size",
                $"a paper size: {string.Join(", ", PaperSizes.ByName.Keys.Select(name => $"`{name}`"))}; " +
                "or two lengths, width and height, such as `\"148mm 210mm\"`", "required") { Example = "A5" },
            new("facing", "`true`: left-hand and right-hand pages mirror each other (the inner and outer margins swap); " +
                "`false`: every page alike, as in a report printed on one side", "`true`") { Example = "false" },
            new("chapter-start", "`recto`: each chapter opens on a right-hand page, a blank left-hand page put in before it " +
                "where needed; `any`: on the next page", "`any`") { Example = "recto" },
            new("pad-to", "blank pages are added at the end until the page count is a multiple of this (4 for a " +
                "saddle-stitched booklet)", "1") { Example = "4" },
            new("bleed", "how far pictures and tints marked full-bleed run on past the page's edge, for the printer's trim " +
                "(`3mm` is usual; at most 20mm). Each page gets a `/TrimBox` (the page size) and a `/BleedBox`",
                "0: the PDF page is the page") { Example = "3mm" },
            new("crop-marks", "`true`: thin marks at the four corners of the trim, outside the bleed, on a sheet about " +
                "10mm larger on each side", "`false`") { Example = "true" },
            new("imposition", "`saddle-stitch`: the build also writes `out/<book>-imposed.pdf`, the pages two to a side " +
                "of A4 landscape sheets in booklet order (books of at most 96 pages); `none`: no imposed file", "`none`")
                { Example = "saddle-stitch" },
            new("margins", "the margins", "required") { Mapping = Margins },
        ]);

    public static readonly TemplateKeySet FontFamily = new("`fonts.<family>`",
        "The font files of one family, relative to the template.yml that names them (fonts named by a template " +
        "that is extended are found beside it). TrueType or OpenType; only the characters used are embedded.",
        [
            new("regular", "the regular face", "required") { Example = "../fonts/NotoSerif-Regular.ttf" },
            new("bold", "the bold face", "the regular face, used for bold text") { Example = "../fonts/NotoSerif-Bold.ttf" },
            new("italic", "the italic face", "the regular face, used for italic text") { Example = "../fonts/NotoSerif-Italic.ttf" },
            new("bold-italic", "the bold italic face", "the bold face, else the italic") { Example = "../fonts/NotoSerif-BoldItalic.ttf" },
        ]);

    public static readonly TemplateKeySet Fonts = new("`fonts`",
        "The font families the template's `font:` keys name. At least one is required; text that names no " +
        "family is set in the first.",
        [
            new("<family>", "a family, under a name of your choosing (`serif`, `mono`)", "at least one family is required")
                { Mapping = FontFamily },
        ]);
}
