using System.Runtime.InteropServices;

namespace Publisher.Layout.Fonts;

/// <summary>
/// Cuts a font file down to the glyphs a document uses, with HarfBuzz's subsetter.
/// HarfBuzzSharp does not bind hb_subset, but its native library exports it, so it is
/// called directly. Written here because no maintained .NET package subsets fonts.
/// </summary>
public static partial class FontSubsetter
{
    private const string Library = "libHarfBuzzSharp";
    private const uint RetainGlyphIds = 0x2;

    /// <summary>
    /// Keeps the given glyphs at their original ids (so glyph ids from shaping stay valid)
    /// and drops every other outline. Used for the PDF, where text is drawn by glyph id.
    /// </summary>
    public static byte[] SubsetGlyphs(byte[] font, IEnumerable<ushort> glyphIds, int faceIndex = 0) =>
        Subset(font, faceIndex, input =>
        {
            var set = hb_subset_input_glyph_set(input);
            foreach (var gid in glyphIds) hb_set_add(set, gid);
        }, RetainGlyphIds);

    /// <summary>
    /// Keeps the glyphs for the given characters, plus what the font's layout tables
    /// reach from them (ligatures, alternates). Used for the EPUB, whose reader shapes the text itself.
    /// </summary>
    /// <summary>
    /// As <see cref="SubsetGlyphs(byte[], IEnumerable{ushort}, int)"/>, cut from the face HarfBuzz already has open: the
    /// font file (of 20 MB for a CJK collection) is never read whole.
    /// </summary>
    public static byte[] SubsetGlyphs(FontFace face, IEnumerable<ushort> glyphIds) =>
        SubsetFace(face.FaceHandle, input =>
        {
            var set = hb_subset_input_glyph_set(input);
            foreach (var gid in glyphIds) hb_set_add(set, gid);
        }, RetainGlyphIds);

    public static byte[] SubsetCharacters(byte[] font, IEnumerable<int> codePoints, int faceIndex = 0) =>
        Subset(font, faceIndex, input =>
        {
            var set = hb_subset_input_unicode_set(input);
            foreach (var cp in codePoints) hb_set_add(set, (uint)cp);
        }, 0);

    /// <summary>
    /// As <see cref="SubsetCharacters(byte[], IEnumerable{int}, int)"/>, cut from the face HarfBuzz already has open (a
    /// mapping of the file): HarfBuzz reads only the tables it needs, where reading a CJK collection whole took 60-90 ms.
    /// </summary>
    public static byte[] SubsetCharacters(FontFace face, IEnumerable<int> codePoints) =>
        SubsetFace(face.FaceHandle, input =>
        {
            var set = hb_subset_input_unicode_set(input);
            foreach (var cp in codePoints) hb_set_add(set, (uint)cp);
        }, 0);

    /// <param name="faceIndex">The face of a collection to cut out; the subset is a single font.</param>
    private static unsafe byte[] Subset(byte[] font, int faceIndex, Action<IntPtr> fill, uint flags)
    {
        fixed (byte* data = font)
        {
            var blob = hb_blob_create(data, (uint)font.Length, 0 /* duplicate-free, read-only */, IntPtr.Zero, IntPtr.Zero);
            var face = hb_face_create(blob, (uint)faceIndex);
            try
            {
                return SubsetFace(face, fill, flags);
            }
            finally
            {
                hb_face_destroy(face);
                hb_blob_destroy(blob);
            }
        }
    }

    private static unsafe byte[] SubsetFace(IntPtr face, Action<IntPtr> fill, uint flags)
    {
        var input = hb_subset_input_create_or_fail();
        try
        {
            if (input == IntPtr.Zero) throw new InvalidOperationException("HarfBuzz could not start a font subset");
            fill(input);
            hb_subset_input_set_flags(input, flags);
            var subset = hb_subset_or_fail(face, input);
            if (subset == IntPtr.Zero) throw new InvalidOperationException("HarfBuzz could not subset the font");
            var outBlob = hb_face_reference_blob(subset);
            try
            {
                var bytes = hb_blob_get_data(outBlob, out var length);
                return new ReadOnlySpan<byte>(bytes, (int)length).ToArray();
            }
            finally
            {
                hb_blob_destroy(outBlob);
                hb_face_destroy(subset);
            }
        }
        finally
        {
            if (input != IntPtr.Zero) hb_subset_input_destroy(input);
        }
    }

    [LibraryImport(Library)] private static unsafe partial IntPtr hb_blob_create(byte* data, uint length, int mode, IntPtr userData, IntPtr destroy);
    [LibraryImport(Library)] private static partial void hb_blob_destroy(IntPtr blob);
    [LibraryImport(Library)] private static unsafe partial byte* hb_blob_get_data(IntPtr blob, out uint length);
    [LibraryImport(Library)] private static partial IntPtr hb_face_create(IntPtr blob, uint index);
    [LibraryImport(Library)] private static partial void hb_face_destroy(IntPtr face);
    [LibraryImport(Library)] private static partial IntPtr hb_face_reference_blob(IntPtr face);
    [LibraryImport(Library)] private static partial IntPtr hb_subset_input_create_or_fail();
    [LibraryImport(Library)] private static partial void hb_subset_input_destroy(IntPtr input);
    [LibraryImport(Library)] private static partial IntPtr hb_subset_input_glyph_set(IntPtr input);
    [LibraryImport(Library)] private static partial IntPtr hb_subset_input_unicode_set(IntPtr input);
    [LibraryImport(Library)] private static partial void hb_subset_input_set_flags(IntPtr input, uint flags);
    [LibraryImport(Library)] private static partial IntPtr hb_subset_or_fail(IntPtr face, IntPtr input);
    [LibraryImport(Library)] private static partial void hb_set_add(IntPtr set, uint codepoint);
}
