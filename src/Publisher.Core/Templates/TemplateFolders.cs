using Publisher.Core.Diagnostics;
using Publisher.Core.Paths;

namespace Publisher.Core.Templates;

/// <summary>
/// Where a template may read files from (template.yml, its base's, fonts, epub.css): the templates folder
/// that holds it (the project's <c>templates/</c>, or the shipped one) and the shipped templates, whose
/// fonts any template may name. So a template's fonts travel with the project, a pull request cannot make
/// the build read <c>/etc/passwd</c> or <c>/usr/share/fonts/…</c> as a font, and what the build reads is what
/// its cache hashes. Templates of one project may share files, as the shipped ones share <c>fonts/</c>.
/// </summary>
internal static class TemplateFolders
{
    /// <param name="templateDirectory">The folder holding the template.yml that names the file.</param>
    public static string? Check(string templateDirectory, string file, string written, SourceLocation at) =>
        new ReadableFolders("the templates folders",
                "a template's files must lie in the project's templates/ or among the shipped templates",
                Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(templateDirectory)))!,
                TemplateLocator.BuiltInDirectory)
            .Check(file, written, at);
}
