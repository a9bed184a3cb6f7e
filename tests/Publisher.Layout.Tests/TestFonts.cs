using Publisher.Layout.Fonts;
using Publisher.Layout.Shaping;
using Publisher.Layout.Text;

namespace Publisher.Layout.Tests;

/// <summary>The shipped fonts, found from the test's folder up to the repository.</summary>
internal static class TestFonts
{
    public static string RepoRoot { get; } = FindRoot();

    public static FontFace Serif => FontLibrary.Shared.Load(Path.Combine(RepoRoot, "templates/fonts/NotoSerif-Regular.ttf"));
    public static FontFace SerifBold => FontLibrary.Shared.Load(Path.Combine(RepoRoot, "templates/fonts/NotoSerif-Bold.ttf"));

    public static TextStyle Body(double size = 10) => new(Serif, size, 0x000000);

    public static LayoutContext Context() => new(new TextShaper("en"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Publisher.sln"))) return dir.FullName;
        throw new InvalidOperationException("Publisher.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Deterministic filler text: n words of varied length.</summary>
    public static string Words(int n)
    {
        string[] pool = ["the", "layout", "engine", "breaks", "paragraphs", "into", "lines", "and", "pages",
            "without", "ever", "crossing", "a", "margin", "typography", "is", "quiet", "work", "of", "reading"];
        return string.Join(' ', Enumerable.Range(0, n).Select(i => pool[(i * 7 + i / 3) % pool.Length]));
    }
}
