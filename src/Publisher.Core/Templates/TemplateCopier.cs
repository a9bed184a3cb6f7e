using System.Text.RegularExpressions;
using Publisher.Core.Diagnostics;
using Publisher.Core.Paths;
using Publisher.Core.Yaml;

namespace Publisher.Core.Templates;

/// <summary>
/// Makes a project's own template from an existing one (<c>publisher new-template NAME --from booklet</c>):
/// the template's folder is copied into <c>templates/NAME/</c>, and the font files it names by
/// relative paths (<c>../fonts/…</c>), with the licence texts beside them, are copied to the same
/// places relative to the new folder, so the copy reads exactly as the original did.
/// </summary>
public static partial class TemplateCopier
{
    /// <summary>Creates templates/<paramref name="name"/>; returns the files written, relative to the project.</summary>
    public static IReadOnlyList<string> Copy(string projectRoot, string name, string from)
    {
        if (!ValidName().IsMatch(name))
            throw new TemplateCopyException(
                $"'{name}' is not a template name: use lower-case letters, digits and hyphens, starting with a letter");
        var locator = new TemplateLocator(projectRoot);
        var source = locator.Find(from) ?? throw new TemplateCopyException(
            $"unknown template '{from}'{NearestName.Hint(from, locator.Names())}; available: {string.Join(", ", locator.Names())}");
        var target = Path.Combine(projectRoot, "templates", name);
        if (Directory.Exists(target))
            throw new TemplateCopyException(
                $"{Relative(projectRoot, target)}/ already exists; choose another name or delete that folder");

        var sourceDirectory = Path.GetDirectoryName(source)!;
        var written = new List<string>();
        foreach (var file in FolderFiles.Under(sourceDirectory).Order(StringComparer.Ordinal))
            written.Add(CopyFile(file, Path.Combine(target, Path.GetRelativePath(sourceDirectory, file)), projectRoot));

        foreach (var font in FontPaths(source))
        {
            var fontSource = Path.GetFullPath(Path.Combine(sourceDirectory, font));
            var fontTarget = Path.GetFullPath(Path.Combine(target, font));
            // Fonts inside the template's own folder came with it; a font already there is kept.
            if (!File.Exists(fontSource) || File.Exists(fontTarget)
                || fontTarget.StartsWith(target + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                continue;
            written.Add(CopyFile(fontSource, fontTarget, projectRoot));
            // Fonts travel with their licences (OFL-*.txt and the like beside them).
            foreach (var licence in Directory.EnumerateFiles(Path.GetDirectoryName(fontSource)!, "*.txt"))
            {
                var licenceTarget = Path.Combine(Path.GetDirectoryName(fontTarget)!, Path.GetFileName(licence));
                if (!File.Exists(licenceTarget)) written.Add(CopyFile(licence, licenceTarget, projectRoot));
            }
        }
        return written;
    }

    /// <summary>Every font path the template file itself names (its <c>fonts</c> faces and <c>fallback-fonts</c>).</summary>
    private static IEnumerable<string> FontPaths(string templateFile)
    {
        var map = YamlMap.Load(templateFile, templateFile);
        var fonts = map.Map("fonts");
        var faces = fonts is null
            ? []
            : fonts.Keys.Select(family => fonts.Map(family)).OfType<YamlMap>()
                .SelectMany(f => f.Keys.Select(f.String).OfType<string>());
        return faces.Concat((map.List("fallback-fonts") ?? []).Select(s => s.Value)).Distinct();
    }

    private static string CopyFile(string from, string to, string projectRoot)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        File.Copy(from, to);
        return Relative(projectRoot, to);
    }

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');

    [GeneratedRegex("^[a-z][a-z0-9-]*$")]
    private static partial Regex ValidName();
}

/// <summary>A template could not be copied: the message says why, for the command line to print.</summary>
public sealed class TemplateCopyException(string message) : Exception(message);
