using Markdig.Extensions.Alerts;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;

namespace Publisher.Core.Markdown;

/// <summary>The five kinds of callout GitHub's alerts name; other generators' names map onto them.</summary>
public enum CalloutKind { Note, Tip, Important, Warning, Caution }

/// <summary>A callout: its kind and the title line it opens with.</summary>
public sealed record Callout(CalloutKind Kind, string Title);

/// <summary>
/// Callouts as documentation sites write them, read once for both formats: GitHub's alerts (<c>&gt; [!NOTE]</c>),
/// the <c>:::tip</c> containers of Docusaurus and VitePress (<c>::: warning Custom title</c>) and MkDocs's
/// admonitions (<c>!!! note "Title"</c>). A container whose name is no callout's stays a plain division.
/// </summary>
public static class Callouts
{
    public static Callout? Of(Block block) => block switch
    {
        AlertBlock alert when Kind(alert.Kind.ToString()) is { } kind => new Callout(kind, Title(kind)),
        CustomContainer container when Kind(container.Info) is { } kind =>
            new Callout(kind, string.IsNullOrWhiteSpace(container.Arguments) ? Title(kind) : container.Arguments.Trim()),
        Admonition admonition when Kind(admonition.Kind) is { } kind => new Callout(kind, admonition.Title ?? Title(kind)),
        _ => null,
    };

    /// <summary>The kind a name stands for, in GitHub's, Docusaurus's, VitePress's and MkDocs's words.</summary>
    public static CalloutKind? Kind(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "note" or "info" or "abstract" or "summary" or "seealso" or "example" or "quote" => CalloutKind.Note,
        "tip" or "hint" or "success" or "check" => CalloutKind.Tip,
        "important" => CalloutKind.Important,
        "warning" or "attention" or "question" => CalloutKind.Warning,
        "caution" or "danger" or "error" or "failure" or "bug" => CalloutKind.Caution,
        _ => null,
    };

    /// <summary>The title a callout gets when its source gives none: the kind's name, as GitHub shows it.</summary>
    public static string Title(CalloutKind kind) => kind.ToString();

    /// <summary>The kind's name in class names and template keys: <c>note</c>, <c>tip</c>…</summary>
    public static string Name(CalloutKind kind) => kind.ToString().ToLowerInvariant();
}
