namespace Publisher.Epub.Tests;

public class EpubcheckTests
{
    [EpubcheckFact]
    public void KhojalyPassesEpubcheckWithoutErrorsOrWarnings() => AssertClean("khojaly");

    [EpubcheckFact]
    public void SampleBookPassesEpubcheckWithoutErrorsOrWarnings() => AssertClean("sample");

    [EpubcheckFact]
    public void EpubcheckCatchesABrokenEpub()
    {
        // Guards the harness itself: a file the package lists but the zip lacks must be reported.
        var epub = Built.Sample;
        using var broken = new MemoryStream();
        broken.Write(epub.Bytes);
        using (var zip = new System.IO.Compression.ZipArchive(broken, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
            zip.GetEntry("EPUB/style.css")!.Delete();
        var result = Epubcheck.Check(broken.ToArray(), "broken");
        Assert.True(result.Errors > 0, result.ToString());
    }

    private static void AssertClean(string book)
    {
        var result = Epubcheck.Check(Built.Get(book).Bytes, book);
        Assert.True(result is { Fatals: 0, Errors: 0, Warnings: 0 }, result.ToString());
    }
}
