using System.Globalization;
using System.Text;
using Publisher.Layout.Pages;

namespace Publisher.Typesetting.Building;

/// <summary>
/// The number a reader sees for each page: the front matter (cover, title, imprint, contents)
/// counts i, ii, iii…, and the text counts 1, 2, 3… from its first chapter. One mapping serves
/// the printed folios, the numbers in the table of contents and the PDF's /PageLabels, so a
/// viewer's "go to page 12" lands where the page says 12 and the contents say so too.
/// </summary>
public sealed class PageLabels(int frontMatterPages)
{
    /// <summary>How many pages, from the first, are numbered in roman numerals.</summary>
    public int FrontMatterPages { get; } = frontMatterPages;

    /// <summary>The label of the page at <paramref name="index"/> (0 for the first page).</summary>
    public string Label(int index) => index < FrontMatterPages
        ? Roman(index + 1)
        : (index - FrontMatterPages + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>Everything before the page holding <paramref name="bodyStart"/> (the first chapter's destination) is front matter.</summary>
    public static PageLabels For(IReadOnlyList<Page> pages, string bodyStart)
    {
        for (var i = 0; i < pages.Count; i++)
            if (pages[i].Items.Any(item => item is DestinationItem d && d.Name == bodyStart)) return new PageLabels(i);
        return new PageLabels(0);
    }

    /// <summary>Lower-case roman numerals, as front matter is numbered.</summary>
    public static string Roman(int number)
    {
        (int Value, string Letters)[] numerals =
            [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
             (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")];
        var text = new StringBuilder();
        foreach (var (value, letters) in numerals)
            for (; number >= value; number -= value) text.Append(letters);
        return text.ToString();
    }
}
