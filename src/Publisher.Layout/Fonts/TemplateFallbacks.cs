using Publisher.Core.Diagnostics;
using Publisher.Core.Templates;

namespace Publisher.Layout.Fonts;

/// <summary>
/// The faces a template names under <c>fallback-fonts</c>, in its order: its files first, then the installed families it
/// names. A family that is not installed stops the build at its line: the author asked for it by name.
/// </summary>
public static class TemplateFallbacks
{
    public static IReadOnlyList<FontFace> Faces(Template template, FontLibrary library, SystemFonts system)
    {
        var faces = template.FallbackFonts.Select(file => library.Load(file)).ToList();
        foreach (var family in template.FallbackFamilies)
        {
            var font = system.Find(family.Name, bold: false, italic: false) ?? throw BuildFailedException.At(family.Location,
                DiagnosticCodes.FontNotFound, $"no font family '{family.Name}' is installed on this machine " +
                "(fc-list lists those that are; a font file beside template.yml is named by its path, e.g. ../fonts/MyFont.ttf)");
            faces.Add(library.Load(font.Path, font.Index));
        }
        return faces;
    }
}
