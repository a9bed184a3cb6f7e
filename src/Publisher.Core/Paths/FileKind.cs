using System.Runtime.InteropServices;

namespace Publisher.Core.Paths;

/// <summary>What a path names, as far as reading it is concerned.</summary>
public enum FileKind
{
    Missing,
    Regular,
    Directory,
    /// <summary>A named pipe: opening it for reading waits until something writes to it, which may be never.</summary>
    Fifo,
    CharacterDevice,
    BlockDevice,
    Socket,
}

/// <summary>
/// Tells a regular file from a FIFO, a device or a socket before anything opens it: .NET's file
/// APIs cannot (a FIFO and <c>/dev/zero</c> both "exist" with length 0, and opening the FIFO blocks),
/// so Linux's <c>statx</c> is asked; its buffer has the same layout on every architecture.
/// </summary>
public static partial class FileKinds
{
    /// <summary>The kind of file <paramref name="path"/> names, following symbolic links.</summary>
    public static FileKind Of(string path)
    {
        if (!OperatingSystem.IsLinux())
            return File.Exists(path) ? FileKind.Regular : Directory.Exists(path) ? FileKind.Directory : FileKind.Missing;
        if (statx(AtCurrentDirectory, path, 0, StatxType, out var buffer) != 0) return FileKind.Missing;
        return (buffer.Mode & TypeMask) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0x1000 => FileKind.Fifo,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            _ => FileKind.Socket,
        };
    }

    /// <summary>How a message names a file that is not a regular one: "a FIFO (named pipe)".</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Fifo => "a FIFO (named pipe)",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Socket => "a socket",
        FileKind.Directory => "a folder",
        FileKind.Missing => "missing",
        _ => "a regular file",
    };

    private const int AtCurrentDirectory = -100;   // AT_FDCWD
    private const uint StatxType = 0x1;            // STATX_TYPE: only the file type is needed
    private const int TypeMask = 0xF000;           // S_IFMT

    /// <summary>struct statx: 256 bytes, stx_mode (a 16-bit value) at offset 28.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct StatxBuffer
    {
        [FieldOffset(28)] public ushort Mode;
    }

    [LibraryImport("libc", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int statx(int directory, string path, int flags, uint mask, out StatxBuffer buffer);
}
