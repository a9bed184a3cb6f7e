namespace Publisher.Core.Output;

/// <summary>
/// The stream a backend writes an output file into: a file stream whose write failures (a full disk, a
/// quota) come out as <see cref="OutputWriteException"/>s naming the output file, whichever code wrote.
/// </summary>
internal sealed class OutputStream(FileStream file, string target) : Stream
{
    public override bool CanRead => false;
    public override bool CanSeek => file.CanSeek;
    public override bool CanWrite => true;
    public override long Length => file.Length;
    public override long Position { get => file.Position; set => file.Position = value; }

    public override void Write(byte[] buffer, int offset, int count) => Guard(() => file.Write(buffer, offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        try { file.Write(buffer); }
        catch (IOException e) { throw new OutputWriteException(target, e); }
    }

    public override void WriteByte(byte value) => Guard(() => file.WriteByte(value));
    public override void Flush() => Guard(file.Flush);

    /// <summary>Writes what is buffered and asks the system to put it on the disk, where a full disk shows at the latest.</summary>
    public void FlushToDisk() => Guard(() => file.Flush(flushToDisk: true));

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => file.Seek(offset, origin);
    public override void SetLength(long value) => Guard(() => file.SetLength(value));

    protected override void Dispose(bool disposing)
    {
        if (disposing) Guard(file.Dispose);
        base.Dispose(disposing);
    }

    private void Guard(Action write)
    {
        try { write(); }
        catch (IOException e) when (e is not OutputWriteException) { throw new OutputWriteException(target, e); }
    }
}
