using Publisher.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Publisher.Core.Yaml;

/// <summary>
/// A YAML mapping read with its positions kept, so that every complaint about a
/// user's book.yml or template.yml names the file, line and column. Readers first
/// declare the keys they know (<see cref="AllowOnly"/>): anything else is an error
/// with the nearest valid key suggested.
/// </summary>
public sealed class YamlMap
{
    private readonly YamlMappingNode _node;

    private YamlMap(YamlMappingNode node, string displayPath, string keyPath)
    {
        _node = node;
        DisplayPath = displayPath;
        KeyPath = keyPath;
    }

    /// <summary>The file as the user should see it (relative to the repository).</summary>
    public string DisplayPath { get; }

    /// <summary>Dotted path of this mapping inside the file ("page.margins"), empty at the root.</summary>
    public string KeyPath { get; }

    public SourceLocation Location => At(_node.Start);

    public static YamlMap Load(string fullPath, string displayPath) =>
        Parse(File.ReadAllText(fullPath), displayPath);

    public static YamlMap Parse(string text, string displayPath)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            var location = new SourceLocation(displayPath, (int)e.Start.Line, (int)e.Start.Column);
            throw BuildFailedException.At(location, DiagnosticCodes.YamlSyntax, $"YAML syntax: {Describe(e)}");
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet 18 throws this, not a YamlException, for a '[' or '{' left open when a plain
            // value inside it runs on into the next line ("title: [A Sample\nlanguage: en").
            var (location, bracket) = UnclosedFlow(text, displayPath);
            throw BuildFailedException.At(location, DiagnosticCodes.YamlSyntax,
                $"YAML syntax: the '{bracket}' here is never closed");
        }
        if (stream.Documents.Skip(1).FirstOrDefault(d => d.RootNode is not YamlScalarNode { Value: null or "" }) is { } second)
            throw BuildFailedException.At(new SourceLocation(displayPath, (int)second.RootNode.Start.Line, 1),
                DiagnosticCodes.YamlSyntax, "YAML syntax: a second document starts here (after '---'); the file must hold one");
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            return new YamlMap(new YamlMappingNode(), displayPath, "");
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
            throw BuildFailedException.At(new SourceLocation(displayPath, 1, 1), DiagnosticCodes.BadValue,
                "expected a mapping of keys to values at the top of the file");
        return new YamlMap(root, displayPath, "");
    }

    public IEnumerable<string> Keys =>
        _node.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "");

    /// <summary>Fails on the first key that is not one of <paramref name="known"/>.</summary>
    public YamlMap AllowOnly(params string[] known)
    {
        foreach (var (keyNode, _) in _node.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (Array.IndexOf(known, key) >= 0) continue;
            throw BuildFailedException.At(At(keyNode.Start), DiagnosticCodes.UnknownKey,
                $"unknown key '{Qualified(key)}'{NearestName.Hint(key, known)}");
        }
        return this;
    }

    public bool Has(string key) => Find(key) is not null;

    /// <summary>True when the value of <paramref name="key"/> is a mapping (for keys that take a value or a mapping).</summary>
    public bool HasMap(string key) => Find(key) is YamlMappingNode;

    /// <summary>Where the value of <paramref name="key"/> stands, or where this mapping does when it is absent.</summary>
    public SourceLocation LocationOf(string key) => Find(key) is { } value ? At(value.Start) : Location;

    public YamlScalar? Scalar(string key)
    {
        var value = Find(key);
        return value switch
        {
            null => null,
            YamlScalarNode s => new YamlScalar(s.Value ?? "", At(s.Start), Qualified(key)),
            _ => throw BuildFailedException.At(At(value.Start), DiagnosticCodes.BadValue,
                $"'{Qualified(key)}' must be a single value, not a list or mapping"),
        };
    }

    public YamlScalar RequiredScalar(string key) =>
        Scalar(key) ?? throw BuildFailedException.At(Location, DiagnosticCodes.MissingKey,
            $"'{Qualified(key)}' is required");

    public string? String(string key) => Scalar(key)?.Value;

    public YamlMap? Map(string key)
    {
        var value = Find(key);
        return value switch
        {
            null => null,
            YamlMappingNode m => new YamlMap(m, DisplayPath, Qualified(key)),
            _ => throw BuildFailedException.At(At(value.Start), DiagnosticCodes.BadValue,
                $"'{Qualified(key)}' must be a mapping of keys to values"),
        };
    }

    /// <summary>A list of scalars; a single scalar counts as a list of one.</summary>
    public IReadOnlyList<YamlScalar>? List(string key)
    {
        var value = Find(key);
        switch (value)
        {
            case null:
                return null;
            case YamlScalarNode s:
                return [new YamlScalar(s.Value ?? "", At(s.Start), Qualified(key))];
            case YamlSequenceNode seq:
                var items = new List<YamlScalar>();
                foreach (var item in seq.Children)
                {
                    if (item is not YamlScalarNode si)
                        throw BuildFailedException.At(At(item.Start), DiagnosticCodes.BadValue,
                            $"each item of '{Qualified(key)}' must be a single value");
                    items.Add(new YamlScalar(si.Value ?? "", At(si.Start), Qualified(key)));
                }
                return items;
            default:
                throw BuildFailedException.At(At(value.Start), DiagnosticCodes.BadValue,
                    $"'{Qualified(key)}' must be a value or a list of values");
        }
    }

    private YamlNode? Find(string key) =>
        _node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private string Qualified(string key) => KeyPath.Length == 0 ? key : $"{KeyPath}.{key}";

    private SourceLocation At(Mark mark) => new(DisplayPath, (int)mark.Line, (int)mark.Column);

    /// <summary>The innermost '[' or '{' still open where the text ends.</summary>
    private static (SourceLocation Location, char Bracket) UnclosedFlow(string text, string displayPath)
    {
        var open = new Stack<(Mark Mark, char Bracket)>();
        var last = Mark.Empty;
        try
        {
            var scanner = new Scanner(new StringReader(text));
            while (scanner.MoveNext())
            {
                var token = scanner.Current!;
                last = token.Start;
                switch (token)
                {
                    case YamlDotNet.Core.Tokens.FlowSequenceStart: open.Push((token.Start, '[')); break;
                    case YamlDotNet.Core.Tokens.FlowMappingStart: open.Push((token.Start, '{')); break;
                    case YamlDotNet.Core.Tokens.FlowSequenceEnd or YamlDotNet.Core.Tokens.FlowMappingEnd:
                        if (open.Count > 0) open.Pop();
                        break;
                }
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            // The scanner stops at the same place the parser did; what is open so far is the answer.
        }
        var (mark, bracket) = open.Count > 0 ? open.Peek() : (last, '[');
        return (new SourceLocation(displayPath, (int)mark.Line, (int)mark.Column), bracket);
    }

    private static string Describe(YamlException e)
    {
        var inner = e.InnerException?.Message ?? e.Message;
        // YamlDotNet prefixes messages with its own "(Line: 1, Col: 2, ...)" positions; ours are in front already.
        var close = inner.IndexOf("): ", StringComparison.Ordinal);
        return inner.StartsWith("(Line", StringComparison.Ordinal) && close > 0 ? inner[(close + 3)..] : inner;
    }
}
