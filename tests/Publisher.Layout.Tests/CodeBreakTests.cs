using Publisher.Layout.Blocks;
using Publisher.Layout.Text;

namespace Publisher.Layout.Tests;

/// <summary>Inline code breaks only after a space, '/', '.' or ',', and a line that ends inside it says so.</summary>
public sealed class CodeBreakTests
{
    private const string Command = "node --allow-fs-read=/srv/app/data.json --watch";

    [Fact]
    public void A_command_in_inline_code_never_ends_a_line_after_a_hyphen_and_a_split_is_marked()
    {
        var code = TestFonts.Body() with { Code = true };
        var marked = 0;
        // The same sentence after 0, 1, 2… words of prose, so that the command meets the line's end everywhere.
        for (var words = 0; words < 30; words++)
        {
            var prose = TestFonts.Words(words) + " then run";
            var block = new ParagraphBlock
            {
                Runs = [new TextRun(prose + " ", TestFonts.Body()), new TextRun(Command, code), new TextRun(" and wait.", TestFonts.Body())],
                Leading = 14,
                Align = Alignment.Left,
            };
            var lines = block.Layout(TestFonts.Context(), 150).Rows.Select(r => r.Line!).ToList();

            Assert.Equal((prose + Command + "and wait.").Replace(" ", ""), string.Concat(lines.Select(l => l.Text)).Replace(" ", ""));
            foreach (var line in lines.SkipLast(1))
            {
                Assert.False(line.Text.EndsWith('-'), $"after {words} words a line ends in a hyphen: \"{line.Text}\"");
                // Inside the command a line ends after '/', '.' or ',', or at a space: never inside a word of it.
                if (line.BreaksCode) Assert.Matches(@"([/.,]|node|json|--allow-fs-read=/srv/app/data\.json)$", line.Text);
                else Assert.False(Command.Contains(line.Text.Split(' ')[^1]) && !line.Text.EndsWith("run") && !line.Text.EndsWith("--watch"),
                    $"after {words} words the command is split unmarked: \"{line.Text}\"");
                if (line.BreaksCode) marked++;
            }
        }
        Assert.True(marked > 0, "no line ended inside the command");
    }
}
