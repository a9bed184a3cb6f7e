using Publisher.Core.Unicode;

namespace Publisher.Typesetting.Checks;

/// <summary>
/// Which font package to install for a character's script, as a user of Debian or Ubuntu (and of
/// Homebrew) would type it: the Noto families cover every script, in a few packages.
/// </summary>
public static class FontPackages
{
    /// <summary>What to do about a character no font has: the end of PUB081's message.</summary>
    public static string Advice(int codePoint)
    {
        if (codePoint is >= 0x1F000 and <= 0x1FAFF)
            return "colour emoji fonts cannot be printed, so add an outline emoji font (Noto Emoji, OFL) under 'fallback-fonts'";
        return $"{Install(codePoint)}, or add a font that has it under 'fallback-fonts'";
    }

    private static string Install(int codePoint)
    {
        var script = UnicodeScript.Of(codePoint);
        if (script is UnicodeScript.Han or UnicodeScript.Hiragana or UnicodeScript.Katakana or UnicodeScript.Hangul or UnicodeScript.Bopomofo
            || codePoint is >= 0x3000 and <= 0x303F or >= 0xFF00 and <= 0xFFEF)
            return "install fonts-noto-cjk (Debian, Ubuntu; Homebrew: font-noto-serif-cjk)";
        if (script is UnicodeScript.Common or UnicodeScript.Inherited or UnicodeScript.Unknown)
            return "install fonts-noto-core and fonts-noto-extra (Debian, Ubuntu)";
        var name = UnicodeScript.Name(script).Replace('_', ' ');
        return $"install fonts-noto-core (Debian, Ubuntu; Homebrew: font-noto-sans-{name.ToLowerInvariant().Replace(' ', '-')}) for {name}";
    }
}
