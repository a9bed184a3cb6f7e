using System.Buffers.Binary;
using System.Text;

namespace Publisher.Epub.Tests;

public class ContainerTests
{
    [Theory]
    [InlineData("khojaly")]
    [InlineData("sample")]
    public void MimetypeIsTheFirstEntryStoredUncompressed(string book)
    {
        // Read the first local file header by hand: reading systems sniff these bytes.
        var bytes = Built.Get(book).Bytes;
        Assert.Equal(0x04034b50u, BinaryPrimitives.ReadUInt32LittleEndian(bytes));
        var method = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(8));
        var compressedSize = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(18));
        var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(26));
        var extraLength = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(28));
        Assert.Equal("mimetype", Encoding.ASCII.GetString(bytes, 30, nameLength));
        Assert.Equal(0, method);
        Assert.Equal(0, extraLength);
        Assert.Equal("application/epub+zip", Encoding.ASCII.GetString(bytes, 30 + nameLength, (int)compressedSize));
    }

    [Fact]
    public void ContainerPointsAtThePackageDocument()
    {
        var epub = Built.Khojaly;
        Assert.Contains(epub.PackagePath, epub.EntryNames);
        Assert.Equal("package", epub.Package.Root!.Name.LocalName);
    }
}
