namespace Publisher.Core.Templates.Keys;

/// <summary>
/// One key a template.yml may hold: what it does and what happens without it. The reader
/// accepts only declared keys and the reference page (docs/template-keys.md) is generated
/// from the same declarations, so the documentation cannot drift from the code.
/// </summary>
/// <param name="Name">The key as written in template.yml; a name in angle brackets (<c>&lt;family&gt;</c>) stands for any name the user chooses.</param>
/// <param name="Meaning">What the key does, in Markdown.</param>
/// <param name="Default">What happens when the key is left out, in Markdown; "required" for a key that must be given.</param>
public sealed record TemplateKey(string Name, string Meaning, string Default)
{
    /// <summary>A value the reader accepts, written as in YAML; null for a key whose value is only a mapping.</summary>
    public string? Example { get; init; }

    /// <summary>The keys of the mapping this key holds, when it holds one.</summary>
    public TemplateKeySet? Mapping { get; init; }

    /// <summary>Any text is a good value (a title, a running head): there is no bad value to reject.</summary>
    public bool AnyText { get; init; }

    /// <summary>True for a placeholder such as <c>&lt;family&gt;</c> that stands for names the user chooses.</summary>
    public bool IsPlaceholder => Name.StartsWith('<');
}
