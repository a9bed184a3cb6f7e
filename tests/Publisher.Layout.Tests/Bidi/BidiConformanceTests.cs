using System.Globalization;
using System.Text;
using Publisher.Layout.Inline.Bidi;
using Xunit.Abstractions;

namespace Publisher.Layout.Tests.Bidi;

/// <summary>
/// Unicode's own conformance tests for UAX #9 (subsets of the Unicode 15.0 files, see Data/README.md),
/// run through the public API: levels after L1 (ignoring the characters X9 removes, shown as x) and
/// the visual order of L2. Setting PUBLISHER_BIDI_TESTDATA to a folder holding the full
/// BidiCharacterTest.txt and BidiTest.txt runs those instead.
/// </summary>
public sealed class BidiConformanceTests(ITestOutputHelper output)
{
    private static string DataFile(string full, string subset)
    {
        var dir = Environment.GetEnvironmentVariable("PUBLISHER_BIDI_TESTDATA");
        return string.IsNullOrEmpty(dir)
            ? Path.Combine(TestFonts.RepoRoot, "tests/Publisher.Layout.Tests/Bidi/Data", subset)
            : Path.Combine(dir, full);
    }

    [Fact]
    public void Every_case_of_BidiCharacterTest_passes()
    {
        var path = DataFile("BidiCharacterTest.txt", "BidiCharacterTest-subset.txt");
        int cases = 0, failed = 0;
        var failures = new List<string>();
        foreach (var raw in File.ReadLines(path))
        {
            if (raw.Length == 0 || raw[0] == '#') continue;
            var f = raw.Split(';');
            var codePoints = f[0].Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(h => int.Parse(h, NumberStyles.HexNumber)).ToArray();
            byte? direction = f[1] == "2" ? null : byte.Parse(f[1]);
            var expectedParagraph = byte.Parse(f[2]);
            var expectedLevels = f[3].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var expectedOrder = f[4].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToArray();

            cases++;
            var problem = Check(codePoints, direction, expectedParagraph, expectedLevels, expectedOrder);
            if (problem is null) continue;
            failed++;
            if (failures.Count < 20) failures.Add($"{raw}\n    {problem}");
        }

        Report("BidiCharacterTest", path, cases, failed);
        Assert.True(cases > 3000 || !path.EndsWith("subset.txt"), $"only {cases} cases read");
        Assert.True(failed == 0, string.Join("\n", failures));
    }

    [Fact]
    public void Every_case_of_BidiTest_passes()
    {
        var path = DataFile("BidiTest.txt", "BidiTest-subset.txt");
        string[] levels = [];
        int[] order = [];
        int cases = 0, failed = 0;
        var failures = new List<string>();
        foreach (var raw in File.ReadLines(path))
        {
            if (raw.Length == 0 || raw[0] == '#') continue;
            if (raw.StartsWith("@Levels:", StringComparison.Ordinal))
            {
                levels = raw["@Levels:".Length..].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
                continue;
            }
            if (raw.StartsWith("@Reorder:", StringComparison.Ordinal))
            {
                order = raw["@Reorder:".Length..].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries)
                    .Select(int.Parse).ToArray();
                continue;
            }
            if (raw[0] == '@') continue;

            var f = raw.Split(';');
            var codePoints = f[0].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries)
                .Select(RepresentativeOf).ToArray();
            var bitset = int.Parse(f[1].Trim());
            for (var bit = 0; bit < 3; bit++)
            {
                if ((bitset & (1 << bit)) == 0) continue;
                byte? direction = bit switch { 0 => null, 1 => 0, _ => 1 };
                cases++;
                var problem = Check(codePoints, direction, null, levels, order);
                if (problem is null) continue;
                failed++;
                if (failures.Count < 20) failures.Add($"{raw} (paragraph {direction?.ToString() ?? "auto"})\n    {problem}");
            }
        }

        Report("BidiTest", path, cases, failed);
        Assert.True(cases > 3000 || !path.EndsWith("subset.txt"), $"only {cases} cases read");
        Assert.True(failed == 0, string.Join("\n", failures));
    }

    private void Report(string name, string path, int cases, int failed) =>
        output.WriteLine($"{name} ({Path.GetFileName(path)}): {cases - failed}/{cases} passed "
            + $"({100.0 * (cases - failed) / Math.Max(cases, 1):0.###} %)");

    /// <summary>Runs one case; null when it passes, else what differs.</summary>
    private static string? Check(int[] codePoints, byte? direction, byte? expectedParagraph,
        string[] expectedLevels, int[] expectedOrder)
    {
        var text = new StringBuilder();
        var unitToCodePoint = new List<int>();
        for (var c = 0; c < codePoints.Length; c++)
        {
            var units = char.ConvertFromUtf32(codePoints[c]);
            text.Append(units);
            foreach (var _ in units) unitToCodePoint.Add(c);
        }
        var s = text.ToString();

        var paragraph = BidiAlgorithm.ResolveLevels(s, direction, out var paragraphLevel);
        if (expectedParagraph is { } ep && ep != paragraphLevel) return $"paragraph level {paragraphLevel}, expected {ep}";
        var line = BidiAlgorithm.LineLevels(s, paragraph, 0, s.Length, paragraphLevel);

        var got = new string[codePoints.Length];
        for (var u = s.Length - 1; u >= 0; u--) got[unitToCodePoint[u]] = line[u].ToString(CultureInfo.InvariantCulture);
        for (var c = 0; c < codePoints.Length; c++)
        {
            if (expectedLevels[c] == "x") got[c] = "x";
        }
        if (!got.SequenceEqual(expectedLevels)) return $"levels {string.Join(' ', got)}";

        var visual = new List<int>();
        foreach (var u in BidiAlgorithm.VisualOrder(line))
        {
            var c = unitToCodePoint[u];
            if (expectedLevels[c] == "x" || visual.Contains(c)) continue;
            visual.Add(c);
        }
        return visual.SequenceEqual(expectedOrder) ? null : $"order {string.Join(' ', visual)}";
    }

    /// <summary>A character of each Bidi_Class, for BidiTest's class sequences (ON: no bracket).</summary>
    private static int RepresentativeOf(string bidiClass) => bidiClass switch
    {
        "L" => 'a',
        "R" => 0x05D0,
        "AL" => 0x0627,
        "EN" => '1',
        "ES" => '+',
        "ET" => '$',
        "AN" => 0x0661,
        "CS" => ',',
        "NSM" => 0x0300,
        "BN" => 0x00AD,
        "B" => 0x2029,
        "S" => '\t',
        "WS" => ' ',
        "ON" => '!',
        "LRE" => 0x202A,
        "RLE" => 0x202B,
        "PDF" => 0x202C,
        "LRO" => 0x202D,
        "RLO" => 0x202E,
        "LRI" => 0x2066,
        "RLI" => 0x2067,
        "FSI" => 0x2068,
        "PDI" => 0x2069,
        _ => throw new FormatException("unknown class " + bidiClass),
    };
}
