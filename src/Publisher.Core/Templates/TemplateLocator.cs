using Publisher.Core.Diagnostics;

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
        var template = TemplateReader.Read(name, file, DisplayPath(file));
        _loaded[name] = template;
        return template;
    }

    private string? Find(string name)
    {
        if (name.Length == 0 || name.IndexOfAny(['/', '\\']) >= 0 || name.StartsWith('.')) return null;
        foreach (var directory in SearchPath())
        {
            var file = Path.Combine(directory, name, "template.yml");
            if (File.Exists(file)) return file;
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
