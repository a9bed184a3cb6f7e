using System.Globalization;
using System.Text;
using Publisher.Core.Templates;

namespace Publisher.Epub;

internal static partial class StylesheetGenerator
{
    /// <summary>
    /// <c>body.hyphenation</c> for reading systems: body text hyphenates by the document's
    /// <c>lang</c> with the reader's own dictionaries (every XHTML file carries it); headings,
    /// code, tables and captions never do, as in print. CSS has no way to spare capitalized
    /// words; the minima and the run of hyphenated lines are passed where CSS can say them
    /// (Safari and Apple Books read the -webkit- forms).
    /// </summary>
    private static void HyphenationRules(StringBuilder css, HyphenationSpec hyphenation)
    {
        if (!hyphenation.Enabled) return;
        string Chars(int? n) => n?.ToString(CultureInfo.InvariantCulture) ?? "auto";
        Rule(css, "p, li, dd, blockquote, aside",
        [
            "-webkit-hyphens: auto", "hyphens: auto",
            $"hyphenate-limit-chars: {hyphenation.MinWord} {Chars(hyphenation.MinLeft)} {Chars(hyphenation.MinRight)}",
            $"-webkit-hyphenate-limit-lines: {hyphenation.MaxConsecutive}",
        ]);
        Rule(css, "h1, h2, h3, h4, h5, h6, pre, code, table, figcaption, .title-page", ["-webkit-hyphens: none", "hyphens: none"]);
    }
}
