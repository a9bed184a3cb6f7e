namespace Publisher.Core.Templates.Keys;

/// <summary>
/// Every key of template.yml, from the top of the file down. <see cref="TemplateReader"/> accepts
/// exactly these (an unknown key is PUB002 with the nearest one named), and docs/template-keys.md
/// is generated from them by <see cref="TemplateKeyReference"/>.
/// </summary>
public static class TemplateKeys
{
    public static readonly TemplateKeySet Root = new("`template.yml`",
        "The top of the file. `page`, `fonts` and `body` are required (a template that `extends:` another " +
        "may leave them to the base); every other section may be left out.",
        [
            new("extends", "the name of a template (the project's or a shipped one) whose keys this file's are laid " +
                "over: a mapping given here changes only the keys it names, a single value or a list replaces the base's",
                "none") { Example = "booklet" },
            new("page", "the page", "required") { Mapping = PageKeys.Page },
            new("fonts", "the font families", "required") { Mapping = PageKeys.Fonts },
            new("fallback-fonts", "font files, relative to template.yml, or names of installed families (Noto Sans CJK JP), " +
                "tried in order (files first) for characters the chosen face lacks (ballot boxes, arrows, mathematics, " +
                "another script); after them Publisher looks for an installed font made for the character's script",
                "none") { Example = "[../fonts/NotoSansSymbols2-Regular.ttf]" },
            new("body", "the body text", "required") { Mapping = BodyKeys.Body },
            new("headings", "the headings", "the body's style") { Mapping = BodyKeys.Headings },
            new("chapter-description", "a chapter's front-matter `description:`, set under its title: the style of that " +
                "paragraph (keys of a [block style](#block-style)); left out, descriptions are not printed",
                "not printed") { Mapping = StyleKeys.Block },
            new("code", "code", "the body's style") { Mapping = ElementKeys.Code },
            new("quote", "block quotes", "the body's style") { Mapping = ElementKeys.Quote },
            new("lists", "lists", "indent 1.5 × the body size") { Mapping = ElementKeys.Lists },
            new("figures", "figures", "centred, a line of space around") { Mapping = ElementKeys.Figures },
            new("table", "tables", "the body's text, bold header, thin rules") { Mapping = ElementKeys.Table },
            new("footnotes", "notes", "0.8 × the body size under a short rule") { Mapping = ElementKeys.Footnotes },
            new("references", "numbered figures and references to them", "numbered through the book") { Mapping = ElementKeys.References },
            new("callouts", "callouts (alerts, admonitions)", "a colour per kind") { Mapping = ElementKeys.Callouts },
            new("cover", "the typographic cover", "none") { Mapping = FrontMatterKeys.Cover },
            new("title-page", "the title page", "none") { Mapping = FrontMatterKeys.TitlePage },
            new("imprint", "the imprint page", "none") { Mapping = FrontMatterKeys.Imprint },
            new("toc", "the printed contents", "none") { Mapping = FrontMatterKeys.Toc },
            new("index", "the index at the back, where the text marks terms", "in the body's style") { Mapping = IndexKeys.Index },
            new("header", "the running head", "none") { Mapping = StyleKeys.RunningLine },
            new("footer", "the running foot", "none") { Mapping = StyleKeys.RunningLine },
            new("pdf", "the standards the PDF follows", "tagged (PDF/UA-1), no archival or print standard") { Mapping = PdfKeys.Pdf },
        ]);
}
