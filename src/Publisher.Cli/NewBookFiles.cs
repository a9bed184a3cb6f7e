using System.Globalization;

namespace Publisher.Cli;

/// <summary>
/// The files <c>publisher new</c> writes: a book.yml with every key a first book needs, explained,
/// and two short chapters that show what Markdown gives (headings, lists, emphasis, code, a link
/// from one chapter to a heading of the other). It builds as it stands and passes <c>check</c>.
/// </summary>
public static class NewBookFiles
{
    /// <summary>File names (relative to the book's folder) and their text, in the order they are reported.</summary>
    public static IReadOnlyList<(string Name, string Text)> For(string name) =>
    [
        ("book.yml", BookYml(TitleFrom(name))),
        ("01-introduction.md", Introduction),
        ("02-writing.md", Writing),
    ];

    /// <summary>"field-notes" becomes "Field Notes": a starting title the author will change.</summary>
    public static string TitleFrom(string name) =>
        string.Join(' ', name.Split(['-', '_', '.'], StringSplitOptions.RemoveEmptyEntries)
            .Select(word => char.ToUpper(word[0], CultureInfo.InvariantCulture) + word[1..]));

    private static string BookYml(string title) => $"""
        # This book's settings. Every key is described in docs/ of the Publisher repository.
        title: {title}
        subtitle: A new book
        authors: [Your Name]
        language: en               # a BCP 47 tag: en, de, ru, az-Latn …
        template: booklet          # a folder under templates/, or a template built into Publisher
        # chapters:                # the files in reading order; without this key, every *.md by name
        #   - 01-introduction.md
        #   - 02-writing.md
        # formats: [pdf, epub]     # what 'publisher build' makes; both when left out

        """;

    private const string Introduction = """
        # Introduction

        This is the first chapter of your book. Each chapter is a Markdown file in this folder;
        they are read in the order of their names, so a number in front keeps them in place.

        A paragraph is one or more lines of text; a blank line starts the next one. Text can be
        *emphasised*, **strong** or `code`.

        ## What is in this folder

        - `book.yml`, the book's title, authors, language and template;
        - this chapter, `01-introduction.md`;
        - the next one, `02-writing.md`, which says more about [writing chapters](02-writing.md#headings-and-lists).

        Build the book with `publisher build`, and look for problems with `publisher check`.
        """;

    private const string Writing = """
        # Writing chapters

        A chapter starts with a heading of the first level; the book's table of contents and
        the running heads of the PDF are made from the headings.

        ## Headings and lists

        Headings of the second and third level divide a chapter. Lists come numbered or not:

        1. Write a chapter.
        2. Build the book.
        3. Read the PDF as a reader would, and start again.

        ## Code

        A block of code keeps its lines as they are:

        ```sh
        publisher build --format pdf
        ```

        Back to the [introduction](01-introduction.md).
        """;
}
