using Publisher.Layout.Breaking;

namespace Publisher.Layout.Tests.Scripts;

/// <summary>Thai writes no spaces between words: lines may only break where ICU's Thai dictionary finds a word's end.</summary>
public sealed class ThaiBreakingTests
{
    [Fact]
    public void Thai_text_breaks_between_its_words_and_not_inside_them()
    {
        // "ภาษาไทย เป็นภาษาที่มีระดับเสียง" — Thai language / is a language / that has / tones.
        const string text = "ภาษาไทยเป็นภาษาที่มีระดับเสียง";
        var breaks = BreakOpportunities.Find(text).Select(b => b.Index).ToList();
        var pieces = new List<string>();
        var start = 0;
        foreach (var b in breaks) { pieces.Add(text[start..b]); start = b; }
        // ICU's dictionary: ภาษา|ไทย|เป็น|ภาษา|ที่|มี|ระดับ|เสียง
        Assert.Equal(["ภาษา", "ไทย", "เป็น", "ภาษา", "ที่", "มี", "ระดับ", "เสียง"], pieces);
    }
}
