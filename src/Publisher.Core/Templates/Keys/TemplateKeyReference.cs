using System.Text;
using System.Text.RegularExpressions;

namespace Publisher.Core.Templates.Keys;

/// <summary>
/// Writes the reference page of every template key (docs/template-keys.md) from the declarations in
/// <see cref="TemplateKeys"/>: one section per mapping, in the order a template file has them.
/// </summary>
public static partial class TemplateKeyReference
{
    /// <summary>Where the page lives in the repository, and the command that writes it again.</summary>
    public const string DocsPath = "docs/template-keys.md";
    public const string RegenerateCommand = "PUBLISHER_WRITE_DOCS=1 dotnet test tests/Publisher.Core.Tests --filter TemplateKeyReferenceTests";

    public static string Markdown()
    {
        var page = new StringBuilder();
        page.Append($"""
            # Template keys

            <!-- Generated from src/Publisher.Core/Templates/Keys by TemplateKeyReference; edit the keys there, not this file.
                 A test fails when the two differ. To write this file again: {RegenerateCommand} -->

            Every key a `template.yml` may hold, with what it does, what happens when it is left out, and a value the
            reader accepts. The reader accepts these keys and no others: an unknown key stops the build with
            `template.yml:line:col: error PUB002` naming the nearest valid key, and a bad value with `PUB003`.
            What templates are, how one `extends:` another and how to make your own: [templates.md](templates.md).

            Lengths are written `12pt`, `18mm`, `2cm`, `0.75in`, `1pc`, or `1.2em` (relative to the font size where the
            length is used); a bare `0` needs no unit. Colours are `"#rrggbb"`, in quotes (YAML reads `#` as a comment);
            a text colour must stand out from its background as WCAG 2 AA asks, or the template gets a warning (PUB023,
            [templates.md](templates.md#contrast)).

            """);
        foreach (var set in InOrder(TemplateKeys.Root)) Section(page, set);
        return page.ToString().ReplaceLineEndings("\n");
    }

    /// <summary>The GitHub anchor of a heading: lower case, punctuation dropped, spaces made hyphens.</summary>
    public static string Anchor(string heading) =>
        NotInAnchor().Replace(heading.ToLowerInvariant(), "").Replace(' ', '-');

    /// <summary>Every set reachable from <paramref name="root"/>, each once, a set before the sets its keys hold.</summary>
    private static List<TemplateKeySet> InOrder(TemplateKeySet root)
    {
        var order = new List<TemplateKeySet>();
        void Visit(TemplateKeySet set)
        {
            if (order.Contains(set)) return;
            order.Add(set);
            foreach (var key in set.Keys)
                if (key.Mapping is { } mapping) Visit(mapping);
            foreach (var group in set.Includes) Visit(group);
        }
        Visit(root);
        return order;
    }

    private static void Section(StringBuilder page, TemplateKeySet set)
    {
        page.Append($"\n## {set.Title}\n\n{set.Meaning}\n");
        if (set.Includes.Count > 0)
            page.Append($"\nAlso takes the keys of {string.Join(" and ", set.Includes.Select(Link))}.\n");
        page.Append("\n| key | meaning | when left out | example |\n|---|---|---|---|\n");
        foreach (var key in set.Keys)
        {
            var meaning = key.Mapping is { } mapping ? $"{key.Meaning}: keys in {Link(mapping)}" : key.Meaning;
            var example = key.Example is { } value ? $"`{value}`" : "";
            page.Append($"| `{key.Name}` | {Cell(meaning)} | {Cell(key.Default)} | {Cell(example)} |\n");
        }
    }

    private static string Link(TemplateKeySet set) => $"[{set.Title}](#{Anchor(set.Title)})";

    private static string Cell(string text) => text.Replace("|", "\\|");

    [GeneratedRegex(@"[^\p{L}\p{Nd} _-]")]
    private static partial Regex NotInAnchor();
}
