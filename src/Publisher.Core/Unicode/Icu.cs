using System.Runtime.InteropServices;

namespace Publisher.Core.Unicode;

/// <summary>
/// The few functions of ICU's C API the tool calls (character properties, scripts, line breaking,
/// normalization, collation), from the ICU libraries of the system: libicuuc and libicui18n, as Debian's
/// libicu72 installs them. They are called through function pointers found once at start, because
/// each ICU release renames its exports (<c>u_charDirection_72</c>), so no fixed import can name them,
/// and because a pointer call is what Native AOT compiles without any marshalling stub.
/// </summary>
/// <remarks>
/// ICU4N, the managed port used before, finds its data through satellite assemblies, which Native AOT
/// does not have; icu.net binds the same C API through delegates made at run time and computes every
/// break of a text up front, allocating an array per break. See docs/dependencies.md.
/// </remarks>
internal static unsafe class Icu
{
    public const int BreakLine = 2, Done = -1;

    /// <summary>The ICU version the functions come from (72 on Debian 12), for messages and docs.</summary>
    public static readonly int Version;

    public static readonly delegate* unmanaged<int, int, int> GetIntPropertyValue;
    public static readonly delegate* unmanaged<int, int> CharDirection;
    public static readonly delegate* unmanaged<int, int> CharMirror;
    public static readonly delegate* unmanaged<int, int> GetBidiPairedBracket;
    public static readonly delegate* unmanaged<int, int, byte*, int, int*, int> CharName;
    public static readonly delegate* unmanaged<int, int*, int> GetScript;
    public static readonly delegate* unmanaged<int, int*, int, int*, int> GetScriptExtensions;
    public static readonly delegate* unmanaged<int, byte*> GetScriptName;
    public static readonly delegate* unmanaged<byte*, int*, int, int*, int> GetScriptCode;
    public static readonly delegate* unmanaged<int, byte*, char*, int, int*, nint> BreakOpen;
    public static readonly delegate* unmanaged<nint, char*, int, int*, void> BreakSetText;
    public static readonly delegate* unmanaged<nint, int> BreakNext;
    public static readonly delegate* unmanaged<nint, void> BreakClose;
    public static readonly delegate* unmanaged<int*, nint> NfcInstance;
    public static readonly delegate* unmanaged<int*, nint> NfkdInstance;
    public static readonly delegate* unmanaged<nint, char*, int, char*, int, int*, int> Normalize;
    public static readonly delegate* unmanaged<nint, char*, int, int*, byte> IsNormalized;
    public static readonly delegate* unmanaged<nint, int, byte> HasBoundaryBefore;
    public static readonly delegate* unmanaged<byte*, byte*, int, int*, int*, int> ForLanguageTag;
    public static readonly delegate* unmanaged<byte*, int*, nint> CollatorOpen;
    public static readonly delegate* unmanaged<nint, void> CollatorClose;
    public static readonly delegate* unmanaged<nint, int, void> CollatorSetStrength;
    public static readonly delegate* unmanaged<nint, char*, int, char*, int, int> CollatorCompare;
    public static readonly delegate* unmanaged<nint, char*, int, byte*, int, int> CollatorSortKey;
    public static readonly delegate* unmanaged<nint, nint, nint, byte, int*, void> CollatorContractions;
    public static readonly delegate* unmanaged<byte*, int*, nint> LocaleDataOpen;
    public static readonly delegate* unmanaged<nint, void> LocaleDataClose;
    public static readonly delegate* unmanaged<nint, nint, uint, int, int*, nint> LocaleDataExemplarSet;
    public static readonly delegate* unmanaged<int, int, nint> SetOpen;
    public static readonly delegate* unmanaged<nint, void> SetClose;
    public static readonly delegate* unmanaged<nint, int> SetItemCount;
    public static readonly delegate* unmanaged<nint, int, int*, int*, char*, int, int*, int> SetItem;

    static Icu()
    {
        var (common, i18n, version, suffix) = Load();
        Version = version;
        nint Common(string name) => Export(common, name, suffix);
        nint I18n(string name) => Export(i18n, name, suffix);
        GetIntPropertyValue = (delegate* unmanaged<int, int, int>)Common("u_getIntPropertyValue");
        CharDirection = (delegate* unmanaged<int, int>)Common("u_charDirection");
        CharMirror = (delegate* unmanaged<int, int>)Common("u_charMirror");
        GetBidiPairedBracket = (delegate* unmanaged<int, int>)Common("u_getBidiPairedBracket");
        CharName = (delegate* unmanaged<int, int, byte*, int, int*, int>)Common("u_charName");
        GetScript = (delegate* unmanaged<int, int*, int>)Common("uscript_getScript");
        GetScriptExtensions = (delegate* unmanaged<int, int*, int, int*, int>)Common("uscript_getScriptExtensions");
        GetScriptName = (delegate* unmanaged<int, byte*>)Common("uscript_getName");
        GetScriptCode = (delegate* unmanaged<byte*, int*, int, int*, int>)Common("uscript_getCode");
        BreakOpen = (delegate* unmanaged<int, byte*, char*, int, int*, nint>)Common("ubrk_open");
        BreakSetText = (delegate* unmanaged<nint, char*, int, int*, void>)Common("ubrk_setText");
        BreakNext = (delegate* unmanaged<nint, int>)Common("ubrk_next");
        BreakClose = (delegate* unmanaged<nint, void>)Common("ubrk_close");
        NfcInstance = (delegate* unmanaged<int*, nint>)Common("unorm2_getNFCInstance");
        NfkdInstance = (delegate* unmanaged<int*, nint>)Common("unorm2_getNFKDInstance");
        Normalize = (delegate* unmanaged<nint, char*, int, char*, int, int*, int>)Common("unorm2_normalize");
        IsNormalized = (delegate* unmanaged<nint, char*, int, int*, byte>)Common("unorm2_isNormalized");
        HasBoundaryBefore = (delegate* unmanaged<nint, int, byte>)Common("unorm2_hasBoundaryBefore");
        ForLanguageTag = (delegate* unmanaged<byte*, byte*, int, int*, int*, int>)Common("uloc_forLanguageTag");
        SetOpen = (delegate* unmanaged<int, int, nint>)Common("uset_open");
        SetClose = (delegate* unmanaged<nint, void>)Common("uset_close");
        SetItemCount = (delegate* unmanaged<nint, int>)Common("uset_getItemCount");
        SetItem = (delegate* unmanaged<nint, int, int*, int*, char*, int, int*, int>)Common("uset_getItem");
        CollatorOpen = (delegate* unmanaged<byte*, int*, nint>)I18n("ucol_open");
        CollatorClose = (delegate* unmanaged<nint, void>)I18n("ucol_close");
        CollatorSetStrength = (delegate* unmanaged<nint, int, void>)I18n("ucol_setStrength");
        CollatorCompare = (delegate* unmanaged<nint, char*, int, char*, int, int>)I18n("ucol_strcoll");
        CollatorSortKey = (delegate* unmanaged<nint, char*, int, byte*, int, int>)I18n("ucol_getSortKey");
        CollatorContractions = (delegate* unmanaged<nint, nint, nint, byte, int*, void>)I18n("ucol_getContractionsAndExpansions");
        LocaleDataOpen = (delegate* unmanaged<byte*, int*, nint>)I18n("ulocdata_open");
        LocaleDataClose = (delegate* unmanaged<nint, void>)I18n("ulocdata_close");
        LocaleDataExemplarSet = (delegate* unmanaged<nint, nint, uint, int, int*, nint>)I18n("ulocdata_getExemplarSet");
    }

    /// <summary>Throws when ICU reported an error (a positive code; negative ones are warnings).</summary>
    public static void Check(int status, string what)
    {
        if (status > 0) throw new InvalidOperationException($"ICU {what} failed with error {status}");
    }

    /// <summary>
    /// The newest ICU the system has: Linux names its libraries by major version (libicuuc.so.72), newest
    /// first here; a library built without renamed exports, and the Windows and macOS system libraries,
    /// export the plain names.
    /// </summary>
    private static (nint Common, nint I18n, int Version, string Suffix) Load()
    {
        for (var version = 90; version >= 50; version--)
            if (NativeLibrary.TryLoad($"libicuuc.so.{version}", out var common))
            {
                if (!NativeLibrary.TryLoad($"libicui18n.so.{version}", out var i18n)) break;
                var suffix = NativeLibrary.TryGetExport(common, $"u_charDirection_{version}", out _) ? $"_{version}" : "";
                return (common, i18n, version, suffix);
            }
        foreach (var (commonName, i18nName) in new[] { ("libicuuc.so", "libicui18n.so"), ("icu.dll", "icu.dll"), ("libicucore.dylib", "libicucore.dylib") })
            if (NativeLibrary.TryLoad(commonName, out var common) && NativeLibrary.TryLoad(i18nName, out var i18n))
                return (common, i18n, 0, "");
        throw new DllNotFoundException(
            "the ICU library (libicuuc and libicui18n) is not installed: install it (Debian: libicu72, Ubuntu 24.04: libicu74, Fedora: libicu)");
    }

    private static nint Export(nint library, string name, string suffix) =>
        NativeLibrary.TryGetExport(library, name + suffix, out var address) ? address
        : NativeLibrary.TryGetExport(library, name, out address) ? address
        : throw new EntryPointNotFoundException($"the ICU library has no function {name}{suffix}");

    /// <summary>A NUL-terminated ASCII copy of <paramref name="text"/>, for ICU's <c>const char*</c> arguments.</summary>
    public static byte[] Ascii(string text)
    {
        var bytes = new byte[text.Length + 1];
        for (var i = 0; i < text.Length; i++) bytes[i] = text[i] < 0x80 ? (byte)text[i] : (byte)'?';
        return bytes;
    }

    /// <summary>The string a <c>const char*</c> ICU returned points to.</summary>
    public static string? FromAscii(byte* text) => text is null ? null : Marshal.PtrToStringUTF8((nint)text);
}
