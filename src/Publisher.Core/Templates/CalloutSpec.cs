using Publisher.Core.Markdown;

namespace Publisher.Core.Templates;

/// <summary>Callouts: the colour of each kind's title and rules, as <c>#rrggbb</c>.</summary>
public sealed record CalloutSpec(IReadOnlyDictionary<CalloutKind, string> Colors)
{
    /// <summary>Where each colour the template gives was set (the defaults have no place).</summary>
    public IReadOnlyDictionary<CalloutKind, SetAt> SetAt { get; init; } = new Dictionary<CalloutKind, SetAt>();

    /// <summary>Quiet, dark tones that print well, those of the booklet's highlighted code.</summary>
    public static readonly CalloutSpec Default = new(new Dictionary<CalloutKind, string>
    {
        [CalloutKind.Note] = "#1f4e8c",
        [CalloutKind.Tip] = "#2b6a2f",
        [CalloutKind.Important] = "#5c3b8f",
        [CalloutKind.Warning] = "#9a4c00",
        [CalloutKind.Caution] = "#a11d1d",
    });
}
