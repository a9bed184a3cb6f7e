using Publisher.Core.Diagnostics;

namespace Publisher.Core.Templates;

/// <summary>
/// Where a template value was written: its dotted key (<c>code.highlight.comment</c>) and its place in the file
/// that set it (a base template's file when the value is inherited). Kept for values checked after the
/// template is read, such as colours (<see cref="Contrast.TemplateContrast"/>), so a warning can name the line.
/// </summary>
public readonly record struct SetAt(string Key, SourceLocation Location);
