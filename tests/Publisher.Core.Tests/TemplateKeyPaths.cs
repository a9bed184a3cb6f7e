using Publisher.Core.Templates.Keys;

namespace Publisher.Core.Tests;

/// <summary>
/// Every key of the reference, at every place a template may hold it ("page.margins.top",
/// "headings.h3.size"), with placeholders given a name the shipped booklet uses.
/// </summary>
internal static class TemplateKeyPaths
{
    /// <summary>The name a placeholder key stands for in the tests: the booklet's own font family.</summary>
    private const string Family = "serif";

    public static IReadOnlyDictionary<string, TemplateKey> All { get; } = Walk(TemplateKeys.Root, "")
        .ToDictionary(p => p.Path, p => p.Key);

    /// <summary>The paths of mappings whose keys are all fixed names (a font family may be any name).</summary>
    public static IReadOnlyDictionary<string, TemplateKeySet> Mappings { get; } =
        All.Where(p => p.Value.Mapping is { } m && !m.AllKeys.Any(k => k.IsPlaceholder))
            .ToDictionary(p => p.Key, p => p.Value.Mapping!)
            .Append(new KeyValuePair<string, TemplateKeySet>("", TemplateKeys.Root))
            .ToDictionary();

    private static IEnumerable<(string Path, TemplateKey Key)> Walk(TemplateKeySet set, string prefix)
    {
        foreach (var key in set.AllKeys)
        {
            var path = prefix + (key.IsPlaceholder ? Family : key.Name);
            yield return (path, key);
            if (key.Mapping is { } mapping)
                foreach (var inner in Walk(mapping, path + "."))
                    yield return inner;
        }
    }

    /// <summary>
    /// A template extending the booklet that gives <paramref name="value"/> at <paramref name="path"/>, as nested
    /// block mappings, so that the key stands on the file's last line.
    /// </summary>
    public static string TemplateWith(string path, string value)
    {
        var parts = path.Split('.');
        var lines = new List<string>();
        if (path != "extends") lines.Add("extends: booklet");
        for (var depth = 0; depth < parts.Length - 1; depth++) lines.Add($"{new string(' ', 2 * depth)}{parts[depth]}:");
        lines.Add($"{new string(' ', 2 * (parts.Length - 1))}{parts[^1]}: {value}");
        return string.Join('\n', lines) + "\n";
    }
}
