namespace Publisher.Epub.Tests;

public class ReproducibilityTests
{
    [Theory]
    [InlineData("khojaly")]
    [InlineData("sample")]
    public void SecondBuildIsByteIdentical(string book)
    {
        byte[] Build() => TestBooks.Build(book == "khojaly" ? TestBooks.Khojaly() : TestBooks.Sample());
        var first = Build();
        var second = Build();
        Assert.True(first.AsSpan().SequenceEqual(second), "two builds of the same sources differ");
    }

    [Fact]
    public void ZipEntriesCarryTheBuildTimestamp()
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(Built.Khojaly.Bytes));
        // 1700000000 is 2023-11-14 22:13:20 UTC; zip times have two-second steps.
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(2023, 11, 14, 22, 13, 20), e.LastWriteTime.DateTime));
    }
}
