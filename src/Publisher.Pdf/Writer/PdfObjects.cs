namespace Publisher.Pdf.Writer;

// The few kinds of value a PDF file holds (ISO 32000-1 §7.3). Numbers, booleans and null are
// written from C#'s own int, double, bool and null; everything else has a type here, so that a
// name can never be written where a string was meant.

/// <summary>A name such as <c>/Type</c>, given without its slash.</summary>
public readonly record struct PdfName(string Value)
{
    public static implicit operator PdfName(string value) => new(value);
}

/// <summary>A reference to an indirect object (<c>12 0 R</c>); generation numbers are always 0 here.</summary>
public readonly record struct PdfRef(int Number);

/// <summary>A text string (titles, alternative text): any script, written as UTF-16BE when it is not ASCII.</summary>
public sealed record PdfText(string Value);

/// <summary>A byte string, written in hex (file identifiers, glyph codes).</summary>
public sealed record PdfBytes(byte[] Value);

/// <summary>Bytes already in PDF syntax, written as they are (a content operator's operand list, say).</summary>
public sealed record PdfRaw(string Syntax);

/// <summary>An array: <c>[1 0 R /XYZ 0 842 null]</c>.</summary>
public sealed class PdfArray : List<object?>
{
    public PdfArray() { }
    public PdfArray(IEnumerable<object?> items) : base(items) { }

    public static PdfArray Of(params object?[] items) => new(items);
}

/// <summary>A dictionary whose entries are written in the order they were added, so output is reproducible.</summary>
public sealed class PdfDict : List<KeyValuePair<PdfName, object?>>
{
    public PdfDict() { }

    public PdfDict(string type) => Add("Type", new PdfName(type));

    public void Add(PdfName key, object? value) => Add(new KeyValuePair<PdfName, object?>(key, value));

    /// <summary>Adds the entry only when there is a value: optional keys stay out of the file.</summary>
    public void AddIf(PdfName key, object? value)
    {
        if (value is not null) Add(key, value);
    }

    public object? this[PdfName key]
    {
        get => Find(key) is var i and >= 0 ? base[i].Value : null;
        set
        {
            var i = Find(key);
            if (i >= 0) base[i] = new(key, value);
            else Add(key, value);
        }
    }

    private int Find(PdfName key) => FindIndex(e => e.Key == key);
}
