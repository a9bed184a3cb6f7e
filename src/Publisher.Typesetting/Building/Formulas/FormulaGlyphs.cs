using System.Globalization;
using Publisher.Core.Diagnostics;
using Publisher.Layout.Mathematics;

namespace Publisher.Typesetting.Building.Formulas;

/// <summary>
/// Never a formula with empty boxes: a character that neither the math font nor the text's face (for <c>\text</c>) has
/// stops the build at the formula's place, as a character no font draws does in the text.
/// </summary>
internal static class FormulaGlyphs
{
    public static void Check(IReadOnlyCollection<int> missing, MathFont font, SourceLocation at)
    {
        if (missing.Count == 0) return;
        var first = missing.First();
        var more = missing.Count - 1;
        throw BuildFailedException.At(at, DiagnosticCodes.CharacterNotInFonts,
            $"formula uses '{char.ConvertFromUtf32(first)}' (U+{first.ToString("X4", CultureInfo.InvariantCulture)}), which the math font " +
            $"'{Path.GetFileName(font.Face.Path)}' does not have (nor, inside \\text, the text's font)" + (more > 0 ? $" ({more} more such characters)" : "") +
            "; write it outside the formula, or name a math font that has it (fonts.math)");
    }
}
