using System.Runtime.InteropServices;

namespace Publisher.Pdf.Rendering;

/// <summary>
/// Memory for a large picture's pixels (the EPUB's 1600-pixel cover: 14 MB), asked of the system in huge pages
/// where Linux offers them on request (transparent huge pages in "madvise" mode, the common default): the first
/// touch of each 4 KB page costs a fault, and clearing such a picture took 3,600 of them, about a third of the
/// cover's time on the build's last stretch. Elsewhere it is ordinary memory. The pixels are the same either way.
/// </summary>
internal sealed unsafe partial class PixelMemory : IDisposable
{
    private const nuint HugePage = 2 * 1024 * 1024;
    private const int MadviseHugePage = 14; // MADV_HUGEPAGE

    public PixelMemory(long bytes)
    {
        Length = (nuint)bytes;
        // Whole huge pages, aligned to one, so that the system can back all of it with them.
        var size = (Length + HugePage - 1) / HugePage * HugePage;
        Pointer = (IntPtr)NativeMemory.AlignedAlloc(size, HugePage);
        if (OperatingSystem.IsLinux())
        {
            try { _ = madvise(Pointer, size, MadviseHugePage); }
            catch (EntryPointNotFoundException) { }
            catch (DllNotFoundException) { }
        }
    }

    public IntPtr Pointer { get; private set; }
    public nuint Length { get; }

    public void Dispose()
    {
        if (Pointer == IntPtr.Zero) return;
        NativeMemory.AlignedFree((void*)Pointer);
        Pointer = IntPtr.Zero;
    }

    // A hint: where the system has no huge pages, or refuses, the memory stays ordinary.
    [LibraryImport("libc", SetLastError = false)]
    private static partial int madvise(IntPtr address, nuint length, int advice);
}
