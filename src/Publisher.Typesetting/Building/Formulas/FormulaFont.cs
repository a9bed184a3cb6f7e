using Publisher.Core.Diagnostics;
using Publisher.Layout.Mathematics;
using Publisher.Typesetting.Styling;

namespace Publisher.Typesetting.Building.Formulas;

/// <summary>The template's math font for a formula at <c>at</c>: a formula in a line and one on its own need it alike.</summary>
internal static class FormulaFont
{
    public static MathFont For(FontSet fonts, SourceLocation at)
    {
        try
        {
            return fonts.Math ?? throw BuildFailedException.At(at, DiagnosticCodes.FontNotFound,
                $"a formula needs a math font, and the template names none: give it fonts.{FontSet.MathFamily} (an OpenType font with a MATH table, such as STIX Math)");
        }
        catch (InvalidDataException e)
        {
            // fonts.math names a font without a MATH table (a text font): said at the first formula, with the file.
            throw BuildFailedException.At(at, DiagnosticCodes.FontUnreadable, e.Message);
        }
    }
}
