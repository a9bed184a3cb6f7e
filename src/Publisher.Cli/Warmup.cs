using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using Publisher.Core.Markdown;
using Publisher.Core.Templates;
using Publisher.Core.Templates.Keys;
using Publisher.Layout.Breaking;
using SkiaSharp;
using YamlDotNet.RepresentationModel;

namespace Publisher.Cli;

/// <summary>
/// What every build sets up once, whatever the book, begun on another core as the tool starts: while the command
/// line is read and the book found (one core's work, about 100 ms), the other core loads the libraries and builds
/// the tables that reading and typesetting will ask for first. Each would otherwise stop the build where it is
/// first needed: YamlDotNet's tag rules (a compiled regular expression), the template's key tables, Markdig's
/// pipeline, OpenSSL (the book's identifier and the sources' hash), ICU's Unicode data and line-break rules,
/// HarfBuzz and Skia (native libraries of several MB), zlib. Static initialisation is thread-safe: a build that
/// gets there first waits for the half-done work instead of doing it twice. Nothing here changes any output; a
/// step that fails is left for the build to meet and report.
/// </summary>
internal static class Warmup
{
    public static void Start() => Task.Run(Run);

    private static void Run()
    {
        Step(() => new YamlStream().Load(new StringReader("warm: up")));
        Step(() => RuntimeHelpers.RunClassConstructor(typeof(TemplateKeys).TypeHandle));
        Step(() => RuntimeHelpers.RunClassConstructor(typeof(TemplateReader).TypeHandle));
        Step(() => _ = MarkdownPipelineFactory.Pipeline);
        Step(() => _ = SHA1.HashData(ReadOnlySpan<byte>.Empty));
        Step(() => _ = BreakOpportunities.Find("warm up"));
        Step(() => { using var buffer = new HarfBuzzSharp.Buffer(); });
        Step(() => { using var bitmap = new SKBitmap(1, 1); });
        Step(() =>
        {
            using var deflate = new DeflateStream(Stream.Null, CompressionLevel.Optimal);
            deflate.WriteByte(0);
        });
    }

    private static void Step(Action step)
    {
        try { step(); }
        catch (Exception) { /* the build meets the same problem where it belongs, and reports it there */ }
    }
}
