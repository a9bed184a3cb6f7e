namespace Publisher.Core.Markdown;

/// <summary>
/// How a heading's id is made from its text (book.yml's <c>heading-ids</c>). Links to headings use these ids, so
/// both formats and the link check read them from the same parse.
/// </summary>
public enum HeadingIds
{
    /// <summary>
    /// As GitHub makes them, which is what documentation written for GitHub links to: lower case, spaces become
    /// hyphens, letters, digits, <c>-</c> and <c>_</c> are kept and every other character is dropped
    /// (<c>Node.js</c> gives <c>nodejs</c>). The default.
    /// </summary>
    GitHub,

    /// <summary>
    /// Publisher's rule before GitHub's became the default: ASCII only, and <c>.</c> is kept (<c>Node.js</c> gives
    /// <c>node.js</c>); a heading's text also links to it as <c>[Heading text]</c>.
    /// </summary>
    Classic,
}
