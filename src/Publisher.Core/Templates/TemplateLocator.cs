using Publisher.Core.Diagnostics;
using Publisher.Core.Yaml;

namespace Publisher.Core.Templates;

/// <summary>
/// Finds a template by name: first in the project's own <c>templates/</c> folder, then
/// among the templates shipped inside the tool (copied beside its executable), so a
/// repository that holds only <c>content/</c> still builds.
/// </summary>
public sealed class TemplateLocator(string projectRoot)
{
    public static string BuiltInDirectory => Path.Combine(AppContext.BaseDirectory, "templates");

    private readonly Dictionary<string, Template> _loaded = new(StringComparer.Ordinal);
    // Books are loaded in parallel (publisher build with several books) and share templates.
    private readonly Lock _lock = new();

    public Template Load(string name, SourceLocation requestedAt)
    {
        lock (_lock) return LoadOnce(name, requestedAt);
    }

    private Template LoadOnce(string name, SourceLocation requestedAt)
    {
        if (_loaded.TryGetValue(name, out var cached)) return cached;
        var file = Find(name) ?? throw BuildFailedException.At(requestedAt, DiagnosticCodes.TemplateNotFound,
            $"unknown template '{name}'{NearestName.Hint(name, Available())}; available: {string.Join(", ", Available())}");
        var chain = new List<string>();
        var template = TemplateReader.Read(name, LoadMap(name, file, chain), Path.GetDirectoryName(file)!);
        template = template with { SourceFiles = [.. chain, .. template.SourceFiles] };
        _loaded[name] = template;
        return template;
    }

    /// <summary>
    /// A template's keys, laid over those of the template it <c>extends:</c> (and so on up the
    /// chain). A template extending one of the same name skips itself, so a project's own
    /// <c>templates/booklet</c> can extend the shipped booklet and change a few keys.
    /// </summary>
    private YamlMap LoadMap(string name, string file, List<string> chain)
    {
        chain.Add(file);
        // Found by name, so reported at itself: a template.yml (or its folder) may not be a link out of the templates folders.
        var display = DisplayPath(file);
        TemplateFolders.Check(Path.GetDirectoryName(file)!, file, display, SourceLocation.File(display));
        var map = YamlMap.Load(file, display);
        if (map.Scalar("extends") is not { } extends) return map;
        var baseFile = Find(extends.Value, skip: chain);
        if (baseFile is null)
        {
            if (Find(extends.Value, skip: []) is not null)
                throw BuildFailedException.At(extends.Location, DiagnosticCodes.TemplateNotFound,
                    $"'extends': '{extends.Value}' is already in this template's chain " +
                    $"({string.Join(" -> ", chain.Select(f => Path.GetFileName(Path.GetDirectoryName(f))))} -> {extends.Value}); templates cannot extend in a circle");
            throw BuildFailedException.At(extends.Location, DiagnosticCodes.TemplateNotFound,
                $"'extends': unknown template '{extends.Value}'{NearestName.Hint(extends.Value, Available())}; available: {string.Join(", ", Available())}");
        }
        return map.Over(LoadMap(extends.Value, baseFile, chain));
    }

    /// <summary>The template.yml a book naming <paramref name="name"/> would get, or null.</summary>
    public string? Find(string name) => Find(name, skip: []);

    /// <summary>The names of every template a book can choose, the project's and the shipped ones.</summary>
    public IReadOnlyList<string> Names() => Available().ToList();

    /// <summary>The first template.yml of that name along the search path that is not in <paramref name="skip"/>.</summary>
    private string? Find(string name, IReadOnlyCollection<string> skip)
    {
        if (name.Length == 0 || name.IndexOfAny(['/', '\\']) >= 0 || name.StartsWith('.')) return null;
        foreach (var directory in SearchPath())
        {
            var file = Path.GetFullPath(Path.Combine(directory, name, "template.yml"));
            if (File.Exists(file) && !skip.Contains(file)) return file;
        }
        return null;
    }

    private IEnumerable<string> SearchPath() => [Path.Combine(projectRoot, "templates"), BuiltInDirectory];

    private IEnumerable<string> Available() => SearchPath()
        .Where(Directory.Exists)
        .SelectMany(d => Directory.EnumerateDirectories(d))
        .Where(d => File.Exists(Path.Combine(d, "template.yml")))
        .Select(Path.GetFileName)
        .OfType<string>()
        .Distinct()
        .Order(StringComparer.Ordinal);

    /// <summary>Templates inside the project show relative to it; built-in ones by name.</summary>
    private string DisplayPath(string file)
    {
        var relative = Path.GetRelativePath(projectRoot, file);
        return relative.StartsWith("..", StringComparison.Ordinal)
            ? "(built-in) " + Path.GetRelativePath(Path.GetDirectoryName(BuiltInDirectory)!, file)
            : relative;
    }
}
