using System.Diagnostics;

namespace Publisher.Layout.Fonts;

/// <summary>One face installed on the machine: its file, its index in a collection, and what it calls itself.</summary>
public sealed record SystemFont(string Path, int Index, string Family, int Weight, bool Italic)
{
    public bool Bold => Weight >= 600;
}

/// <summary>
/// The fonts installed on this machine, for scripts the template's fonts do not cover (Arabic, Chinese,
/// Devanagari…) and for fonts a template names by family ("Noto Sans CJK JP"). Asked through fontconfig
/// (<c>fc-list</c>, which keeps a cache, so this costs a few milliseconds) where it exists; otherwise the
/// usual font folders of Linux, macOS and Windows are walked and each file's name table read. Only
/// OpenType and TrueType faces are listed (Type 1 and bitmap fonts cannot be shaped or embedded).
/// Nothing is looked up until a book needs it: a book its template covers never starts fc-list.
/// </summary>
public sealed class SystemFonts
{
    private readonly Lazy<IReadOnlyList<SystemFont>> _fonts;

    public SystemFonts(Func<IReadOnlyList<SystemFont>> discover) => _fonts = new(discover);

    /// <summary>This machine's fonts, discovered once per process.</summary>
    public static SystemFonts Installed { get; } = new(Discover);

    /// <summary>Every face, sorted by family, then path and index: the same order on every build.</summary>
    public IReadOnlyList<SystemFont> Fonts => _fonts.Value;

    /// <summary>The faces of one family (case and spaces as written or not), regular first.</summary>
    public IReadOnlyList<SystemFont> Family(string name)
    {
        var key = Key(name);
        return Fonts.Where(f => Key(f.Family) == key).ToList();
    }

    /// <summary>The face of <paramref name="family"/> nearest to the weight and slant asked for; null when the family is not installed.</summary>
    public SystemFont? Find(string family, bool bold, bool italic)
    {
        SystemFont? best = null;
        var bestScore = int.MaxValue;
        foreach (var font in Family(family))
        {
            // Slant matters more than weight: an upright face for italic text reads as a mistake less often
            // than a slanted one for upright text, and weights are close enough to stand in for each other.
            var score = (font.Italic == italic ? 0 : 1000) + Math.Abs(font.Weight - (bold ? 700 : 400));
            if (score < bestScore) (best, bestScore) = (font, score);
        }
        return best;
    }

    private static string Key(string family) => family.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();

    private static IReadOnlyList<SystemFont> Discover()
    {
        var found = FromFontconfig() ?? FromFolders();
        return found
            .DistinctBy(f => (f.Path, f.Index))
            .OrderBy(f => f.Family, StringComparer.Ordinal).ThenBy(f => f.Path, StringComparer.Ordinal).ThenBy(f => f.Index)
            .ToList();
    }

    /// <summary>fontconfig's list (file, face index, family, weight, slant, format); null when fc-list is not there.</summary>
    private static List<SystemFont>? FromFontconfig()
    {
        string output;
        try
        {
            using var process = Process.Start(new ProcessStartInfo("fc-list")
            {
                ArgumentList = { "--format", "%{file}\t%{index}\t%{family[0]}\t%{weight}\t%{slant}\t%{fontformat}\n" },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            });
            if (process is null) return null;
            output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0) return null;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or IOException or InvalidOperationException)
        {
            return null;
        }
        var fonts = new List<SystemFont>();
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var f = line.Split('\t');
            if (f.Length < 6 || f[5] is not ("TrueType" or "CFF") || !int.TryParse(f[1], out var index)) continue;
            // fontconfig's weights: 80 regular, 200 bold; its slants: 0 roman, 100 italic, 110 oblique.
            var weight = double.TryParse(f[3], System.Globalization.CultureInfo.InvariantCulture, out var w) ? FontconfigWeight(w) : 400;
            fonts.Add(new SystemFont(f[0], index, f[2], weight, f[4] is not "0"));
        }
        return fonts;
    }

    /// <summary>fontconfig's weight scale to OpenType's (usWeightClass).</summary>
    private static int FontconfigWeight(double weight) => weight switch
    {
        <= 40 => 200,
        <= 50 => 300,
        <= 80 => 400,
        <= 100 => 500,
        <= 180 => 600,
        <= 200 => 700,
        <= 205 => 800,
        _ => 900,
    };

    private static List<SystemFont> FromFolders()
    {
        var fonts = new List<SystemFont>();
        foreach (var folder in Folders().Where(Directory.Exists))
        {
            IEnumerable<string> files;
            try
            {
                files = Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
                    .Where(f => Path.GetExtension(f).ToLowerInvariant() is ".ttf" or ".otf" or ".ttc" or ".otc")
                    .ToList();
            }
            catch (IOException) { continue; }
            foreach (var file in files) fonts.AddRange(FacesOf(file));
        }
        return fonts;
    }

    private static IEnumerable<SystemFont> FacesOf(string file)
    {
        var list = new List<SystemFont>();
        try
        {
            var count = FaceCount(file);
            for (var index = 0; index < count; index++)
            {
                using var face = new FontFace(file, index);
                var d = face.Description;
                list.Add(new SystemFont(file, index, d.Family, d.Weight, d.Italic));
            }
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            // A broken font in a system folder is not the book's problem: it is left out.
        }
        return list;
    }

    /// <summary>How many faces the file holds: a collection says so in its header, a single font is one.</summary>
    private static int FaceCount(string file)
    {
        Span<byte> header = stackalloc byte[12];
        using var stream = File.OpenRead(file);
        if (stream.ReadAtLeast(header, 12, throwOnEndOfStream: false) < 12) return 0;
        if (!header[..4].SequenceEqual("ttcf"u8)) return 1;
        return (int)Math.Min(System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(header[8..]), 64);
    }

    /// <summary>Where fonts are installed on Linux, macOS and Windows, for the machine and for the user.</summary>
    private static IEnumerable<string> Folders()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (OperatingSystem.IsWindows())
        {
            yield return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.Windows), "Fonts");
            yield return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "Microsoft", "Windows", "Fonts");
        }
        else if (OperatingSystem.IsMacOS())
        {
            yield return "/System/Library/Fonts";
            yield return "/Library/Fonts";
            yield return Path.Combine(home, "Library", "Fonts");
        }
        else
        {
            yield return "/usr/share/fonts";
            yield return "/usr/local/share/fonts";
            var data = Environment.GetEnvironmentVariable("XDG_DATA_HOME") is { Length: > 0 } d ? d : Path.Combine(home, ".local", "share");
            yield return Path.Combine(data, "fonts");
            yield return Path.Combine(home, ".fonts");
        }
    }
}
