using Publisher.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Publisher.Core.Yaml;

/// <summary>
/// YamlDotNet's parser with a limit on how deep lists and mappings may stand inside each other.
/// Its representation model builds nested nodes by recursion, so 40,000 <c>[</c> in a book.yml
/// overflowed the stack, which .NET cannot catch: the process died (and <c>watch</c> with it).
/// The parser itself is a loop, so counting its events here stops such a file at the bracket
/// that passes the limit, before any recursion starts.
/// </summary>
internal sealed class NestingLimitedParser(IParser inner, string displayPath) : IParser
{
    /// <summary>
    /// Far more than any book.yml, template.yml or front matter needs (a template nests four deep:
    /// <c>page.margins.top</c> is three), and little enough for any thread's stack.
    /// </summary>
    public const int MaxDepth = 64;

    private int _depth;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!inner.MoveNext()) return false;
        switch (inner.Current)
        {
            case MappingStart or SequenceStart when ++_depth > MaxDepth:
                var start = inner.Current.Start;
                throw BuildFailedException.At(new SourceLocation(displayPath, (int)start.Line, (int)start.Column),
                    DiagnosticCodes.YamlSyntax,
                    $"YAML nested too deep: lists and mappings may stand at most {MaxDepth} inside each other");
            case MappingEnd or SequenceEnd:
                _depth--;
                break;
        }
        return true;
    }
}
