namespace Publisher.Epub.Tests;

/// <summary>
/// A test that needs epubcheck. It is skipped on a machine without java or epubcheck,
/// except in CI (CI set), where a missing validator must fail the build instead of
/// silently passing it.
/// </summary>
public sealed class EpubcheckFactAttribute : FactAttribute
{
    public EpubcheckFactAttribute()
    {
        if (!Epubcheck.IsAvailable && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
            Skip = $"epubcheck is not installed (java and {Epubcheck.Jar}); CI installs it";
    }
}
