using Publisher.Core.Templates.Keys;
using Publisher.Core.Yaml;

namespace Publisher.Core.Templates;

public static partial class TemplateReader
{
    /// <summary>
    /// <c>body.hyphenation:</c> — present, hyphenation is on unless it says <c>enabled: false</c>;
    /// left out, it is off.
    /// </summary>
    private static HyphenationSpec ReadHyphenation(YamlMap? map)
    {
        if (map is null) return HyphenationSpec.Off;
        map.AllowOnly(BodyKeys.Hyphenation.Names);
        int? Count(string key, int least, int most)
        {
            if (map.Scalar(key) is not { } scalar) return null;
            var value = scalar.AsNumber();
            if (value != Math.Floor(value) || value < least || value > most)
                throw scalar.Invalid($"expected a whole number from {least} to {most}");
            return (int)value;
        }
        return new HyphenationSpec(
            map.Scalar("enabled")?.AsBool() ?? true,
            Count("min-left", 1, 10),
            Count("min-right", 1, 10),
            Count("min-word", 2, 30) ?? HyphenationSpec.Off.MinWord,
            Count("max-consecutive", 1, 10) ?? HyphenationSpec.Off.MaxConsecutive,
            map.Scalar("capitalized")?.AsBool() ?? false);
    }
}
