using System.Globalization;
using Publisher.Core.Diagnostics;
using Publisher.Core.Units;

namespace Publisher.Core.Yaml;

/// <summary>One value from a YAML file, with where it stands, and typed readers that
/// fail with a diagnostic pointing at it.</summary>
public readonly record struct YamlScalar(string Value, SourceLocation Location, string Key)
{
    /// <summary>The folder of the file the value was read from, for paths written relative to it
    /// (a font named in a base template is found beside that template, not the one extending it).</summary>
    public string? Directory { get; init; }

    public BuildFailedException Invalid(string expectation) =>
        BuildFailedException.At(Location, DiagnosticCodes.BadValue, $"'{Key}': {expectation}, not '{Value}'");

    public Length AsLength()
    {
        if (Length.TryParse(Value, out var length)) return length;
        throw Invalid("expected a length such as 12pt, 18mm, 0.75in or 1.5em");
    }

    public double AsNumber()
    {
        if (double.TryParse(Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n)) return n;
        throw Invalid("expected a number");
    }

    public bool AsBool() => Value.ToLowerInvariant() switch
    {
        "true" or "yes" or "on" => true,
        "false" or "no" or "off" => false,
        _ => throw Invalid("expected true or false"),
    };

    public T AsChoice<T>(IReadOnlyDictionary<string, T> choices)
    {
        if (choices.TryGetValue(Value.ToLowerInvariant(), out var v)) return v;
        throw BuildFailedException.At(Location, DiagnosticCodes.BadValue,
            $"'{Key}': '{Value}' is not one of {string.Join(", ", choices.Keys)}{NearestName.Hint(Value, choices.Keys)}");
    }
}
