namespace Publisher.Core.Templates.Keys;

/// <summary>
/// The keys one mapping of template.yml may hold (<c>page</c>, <c>page.margins</c>), or a group
/// of keys several mappings share (the text style keys): a set includes groups and adds its own.
/// </summary>
public sealed class TemplateKeySet
{
    private readonly Dictionary<string, TemplateKey> _byName;

    /// <param name="title">How the reference page heads the set: its key path, or the group's name.</param>
    /// <param name="meaning">What the mapping is for, in Markdown.</param>
    /// <param name="keys">The set's own keys, in the order the reference page lists them.</param>
    /// <param name="includes">Groups whose keys this set also takes.</param>
    public TemplateKeySet(string title, string meaning, TemplateKey[] keys, params TemplateKeySet[] includes)
    {
        Title = title;
        Meaning = meaning;
        Keys = keys;
        Includes = includes;
        _byName = includes.SelectMany(set => set.AllKeys).Concat(keys).ToDictionary(k => k.Name, StringComparer.Ordinal);
        Names = [.. _byName.Keys];
    }

    public string Title { get; }

    public string Meaning { get; }

    public IReadOnlyList<TemplateKey> Keys { get; }

    public IReadOnlyList<TemplateKeySet> Includes { get; }

    /// <summary>The names a mapping of this set may hold: the included groups' and its own (for <c>YamlMap.AllowOnly</c>).</summary>
    public string[] Names { get; }

    public IEnumerable<TemplateKey> AllKeys => _byName.Values;

    public TemplateKey this[string name] => _byName[name];
}
