using Publisher.Core.Templates.Keys;
using Publisher.Core.Yaml;

namespace Publisher.Core.Templates;

public static partial class TemplateReader
{
    /// <summary><c>index:</c> — left out, an index in the body's style wherever the text marks terms.</summary>
    private static IndexSpec ReadIndex(YamlMap? map, TextStyleSpec body, BlockStyle chapterTitle, IReadOnlyDictionary<string, FontFamilySpec> fonts)
    {
        var plain = IndexSpec.Default(body, chapterTitle);
        if (map is null) return plain;
        map.AllowOnly(IndexKeys.Index.Names);
        var title = map.Scalar("title");
        if (title is { } t && string.IsNullOrWhiteSpace(t.Value)) throw t.Invalid("expected a title, such as Index");
        var letter = map.Map("letter") is { } l ? ReadBlock(l, StyleKeys.Block, plain.Letter.Text, fonts, TextAlign.Left, plain.Letter.SpaceBefore) : plain.Letter;
        return new IndexSpec(
            map.Scalar("enabled")?.AsBool() ?? true,
            title?.Value.Trim(),
            map.Map("title-style") is { } s ? ReadBlock(s, StyleKeys.Block, chapterTitle.Text, fonts, chapterTitle.Align, chapterTitle.SpaceBefore) : chapterTitle,
            letter,
            map.Map("entry") is { } e ? ReadBlock(e, StyleKeys.Block, body, fonts, TextAlign.Left) : plain.Entry,
            Points(map, "indent", body.Size) ?? plain.Indent);
    }
}
