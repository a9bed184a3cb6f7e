namespace Publisher.Epub.Tests;

/// <summary>Each test book built once per test run, for the tests that only read the result.</summary>
internal static class Built
{
    private static readonly Lazy<EpubFile> KhojalyEpub = new(() => new EpubFile(TestBooks.Build(TestBooks.Khojaly())));
    private static readonly Lazy<EpubFile> SampleEpub = new(() => new EpubFile(TestBooks.Build(TestBooks.Sample())));

    public static EpubFile Khojaly => KhojalyEpub.Value;
    public static EpubFile Sample => SampleEpub.Value;

    public static EpubFile Get(string book) => book switch
    {
        "khojaly" => Khojaly,
        "sample" => Sample,
        _ => throw new ArgumentException(book),
    };
}
