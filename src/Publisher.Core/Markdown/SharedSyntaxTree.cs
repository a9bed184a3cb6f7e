using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Publisher.Core.Markdown;

/// <summary>
/// A chapter's syntax tree is read by both writers at once (the PDF's typesetter and the EPUB's renderer run side by
/// side), so nothing may change it when it is read. Markdig makes a code span's text on its first read (a lazy substring
/// that then replaces its text and offset), and two threads reading it at once could see the new text with the old
/// offset: the Node.js API docs stopped with "startIndex cannot be larger than length of string" in one build of three.
/// Every such text is made here, once, while the chapter is loaded on one thread.
/// </summary>
public static class SharedSyntaxTree
{
    public static void Prepare(MarkdownDocument document)
    {
        foreach (var code in document.Descendants<CodeInline>()) _ = code.Content;
    }
}
