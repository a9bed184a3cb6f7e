using Publisher.Pdf.Tests.Tagging;

namespace Publisher.Pdf.Tests.Scripts;

/// <summary>
/// An Arabic book: its PDF is bound on the right, and what a screen reader or a search reads (the structure tree's
/// text, pdftotext) is the text as written, though right-to-left glyphs are laid out from the left.
/// </summary>
public sealed class RightToLeftPdfTests
{
    // From Pro Git's Arabic translation (CC BY-NC-SA 3.0), chapter 1.
    private const string Sentence = "كما تبدأ العديد من الأشياء الجميلة في الحياة، بدأت Git كنوع من التدمير المبدع المثير للجدل.";

    private static readonly Lazy<byte[]> Pdf = new(() => TestBooks.Build(
        TestBooks.Write("title: Git\nlanguage: ar\n", ("01.md", $"# لمحة تاريخية عن Git\n\n{Sentence}\n")), "sample").Pdf);

    [Fact]
    public void The_structure_tree_reads_the_arabic_text_in_the_order_it_was_written()
    {
        var tree = StructureText.Read(Pdf.Value);
        Assert.Equal("لمحة تاريخية عن Git", tree.Descendants().First(e => e.Role == "H1").AllText.Trim());
        Assert.Equal(Sentence, tree.Descendants().First(e => e.Role == "P" && e.AllText.Contains("كما")).AllText.Trim());
    }

    [Fact]
    public void A_right_to_left_book_is_bound_on_the_right()
    {
        Assert.Contains(QdfFile.Of(Pdf.Value).Dictionaries(), d => d.Contains("/Direction /R2L", StringComparison.Ordinal));
    }
}
