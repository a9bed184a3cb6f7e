namespace Publisher.Core.Unicode;

/// <summary>ICU's sets of characters and strings (<c>USet</c>), read out.</summary>
internal static unsafe class UnicodeSets
{
    /// <summary>Every character and string of the set: ranges one character at a time, in the set's order.</summary>
    public static List<string> Items(nint set)
    {
        var items = new List<string>();
        var count = Icu.SetItemCount(set);
        Span<char> text = stackalloc char[64];
        for (var i = 0; i < count; i++)
        {
            int start = 0, end = 0, status = 0, length;
            fixed (char* into = text) length = Icu.SetItem(set, i, &start, &end, into, text.Length, &status);
            if (status > 0) continue;
            if (length == 0)
                for (var c = start; c <= end; c++) items.Add(char.ConvertFromUtf32(c));
            else items.Add(new string(text[..length]));
        }
        return items;
    }
}
