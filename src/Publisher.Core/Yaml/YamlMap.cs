using Publisher.Core.Diagnostics;
using Publisher.Core.Markdown;
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
    /// <summary>
    /// One file's mapping at this key path. A map usually has one layer; a template that
    /// <c>extends:</c> another has its own layer first and the base template's after it,
    /// and every value is read from the first layer that has it, with that file's position.
    /// </summary>
    private sealed record Layer(YamlMappingNode Node, string DisplayPath, string? Directory);

    private readonly Layer[] _layers;

    private YamlMap(Layer[] layers, string keyPath)
    {
        _layers = layers;
        KeyPath = keyPath;
    }

    private YamlMap(YamlMappingNode node, string displayPath, string keyPath, string? directory = null)
        : this([new Layer(node, displayPath, directory)], keyPath)
    {
    }

    /// <summary>The file as the user should see it (relative to the repository).</summary>
    public string DisplayPath => _layers[0].DisplayPath;

    /// <summary>Dotted path of this mapping inside the file ("page.margins"), empty at the root.</summary>
    public string KeyPath { get; }

    public SourceLocation Location => At(_layers[0], _layers[0].Node.Start);

    /// <summary>
    /// This map laid over <paramref name="baseMap"/>: keys given here win, mappings merge key by
    /// key, and everything else comes from the base (with the base file's positions).
    /// </summary>
    public YamlMap Over(YamlMap baseMap) => new([.. _layers, .. baseMap._layers], KeyPath);

    /// <summary>Reads a file; values read from it know its folder (<see cref="YamlScalar.Directory"/>) for relative paths.</summary>
    public static YamlMap Load(string fullPath, string displayPath)
    {
        var map = Parse(File.ReadAllText(fullPath), displayPath);
        var layer = map._layers[0];
        return new YamlMap([layer with { Directory = Path.GetDirectoryName(Path.GetFullPath(fullPath)) }], "");
    }

    public static YamlMap Parse(string text, string displayPath)
    {
        var stream = new YamlStream();
        var parser = new NestingLimitedParser(new Parser(new StringReader(text)), displayPath);
        try
        {
            stream.Load(parser);
        }
        catch (ArgumentException) when (parser.Current is { } broken)
        {
            // YamlDotNet's parser can end a mapping after a key without its value (" :" above a line indented
            // deeper), and its document model then refuses the event it did not expect: name where that was.
            throw BuildFailedException.At(new SourceLocation(displayPath, (int)broken.Start.Line, (int)broken.Start.Column),
                DiagnosticCodes.YamlSyntax, "YAML syntax: the keys and values before this point do not pair up (a key's indentation may be off)");
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

    public IEnumerable<string> Keys => _layers
        .SelectMany(l => l.Node.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? ""))
        .Distinct();

    /// <summary>Fails on the first key that is not one of <paramref name="known"/>.</summary>
    public YamlMap AllowOnly(params string[] known)
    {
        foreach (var layer in _layers)
        {
            foreach (var (keyNode, _) in layer.Node.Children)
            {
                var key = (keyNode as YamlScalarNode)?.Value ?? "";
                if (Array.IndexOf(known, key) >= 0) continue;
                throw BuildFailedException.At(At(layer, keyNode.Start), DiagnosticCodes.UnknownKey,
                    $"unknown key '{Qualified(key)}'{NearestName.Hint(key, known)}");
            }
        }
        return this;
    }

    public bool Has(string key) => Find(key) is not null;

    /// <summary>True when the value of <paramref name="key"/> is a mapping (for keys that take a value or a mapping).</summary>
    public bool HasMap(string key) => Find(key)?.Node is YamlMappingNode;

    /// <summary>Where the value of <paramref name="key"/> stands, or where this mapping does when it is absent.</summary>
    public SourceLocation LocationOf(string key) => Find(key) is { } found ? At(found.Layer, found.Node.Start) : Location;

    /// <summary>
    /// Where the first of <paramref name="keys"/> that the nearest layer gives stands (or this mapping):
    /// a check of several values together names the template that changed one of them, not the base
    /// whose values it extends.
    /// </summary>
    public SourceLocation NearestLocationOf(params string[] keys)
    {
        foreach (var layer in _layers)
            foreach (var key in keys)
                if (layer.Node.Children.TryGetValue(new YamlScalarNode(key), out var value)) return At(layer, value.Start);
        return Location;
    }

    public YamlScalar? Scalar(string key)
    {
        if (Find(key) is not { } found) return null;
        var (value, layer) = found;
        return value switch
        {
            YamlScalarNode s => ScalarOf(s, layer, key),
            _ => throw BuildFailedException.At(At(layer, value.Start), DiagnosticCodes.BadValue,
                $"'{Qualified(key)}' must be a single value, not a list or mapping"),
        };
    }

    public YamlScalar RequiredScalar(string key) =>
        Scalar(key) ?? throw BuildFailedException.At(Location, DiagnosticCodes.MissingKey,
            $"'{Qualified(key)}' is required");

    public string? String(string key) => Scalar(key)?.Value;

    /// <summary>The mapping under <paramref name="key"/>, merged across layers: a key the first layer
    /// leaves out is looked up in the next.</summary>
    public YamlMap? Map(string key)
    {
        if (Find(key) is not { } found) return null;
        if (found.Node is not YamlMappingNode)
            throw BuildFailedException.At(At(found.Layer, found.Node.Start), DiagnosticCodes.BadValue,
                $"'{Qualified(key)}' must be a mapping of keys to values");
        var layers = _layers
            .Select(l => l.Node.Children.TryGetValue(new YamlScalarNode(key), out var v) && v is YamlMappingNode m
                ? l with { Node = m }
                : null)
            .OfType<Layer>()
            .ToArray();
        return new YamlMap(layers, Qualified(key));
    }

    /// <summary>A list of scalars; a single scalar counts as a list of one. A list is taken whole
    /// from the first layer that has it, never merged.</summary>
    public IReadOnlyList<YamlScalar>? List(string key)
    {
        if (Find(key) is not { } found) return null;
        var (value, layer) = found;
        switch (value)
        {
            case YamlScalarNode s:
                return [ScalarOf(s, layer, key)];
            case YamlSequenceNode seq:
                var items = new List<YamlScalar>();
                foreach (var item in seq.Children)
                {
                    if (item is not YamlScalarNode si)
                        throw BuildFailedException.At(At(layer, item.Start), DiagnosticCodes.BadValue,
                            $"each item of '{Qualified(key)}' must be a single value");
                    items.Add(ScalarOf(si, layer, key));
                }
                return items;
            default:
                throw BuildFailedException.At(At(layer, value.Start), DiagnosticCodes.BadValue,
                    $"'{Qualified(key)}' must be a value or a list of values");
        }
    }

    private (YamlNode Node, Layer Layer)? Find(string key)
    {
        foreach (var layer in _layers)
            if (layer.Node.Children.TryGetValue(new YamlScalarNode(key), out var value)) return (value, layer);
        return null;
    }

    private YamlScalar ScalarOf(YamlScalarNode node, Layer layer, string key)
    {
        var value = node.Value ?? "";
        // A value escaped in quotes ("\x01") can hold what the file itself may not; it would reach the EPUB's XML.
        if (ControlCharacters.IndexOfFirst(value) is var at and >= 0)
            throw BuildFailedException.At(At(layer, node.Start), DiagnosticCodes.ControlCharacter,
                $"'{Qualified(key)}' holds {ControlCharacters.Problem(value[at])}");
        return new(value, At(layer, node.Start), Qualified(key)) { Directory = layer.Directory };
    }

    private string Qualified(string key) => KeyPath.Length == 0 ? key : $"{KeyPath}.{key}";

    private static SourceLocation At(Layer layer, Mark mark) => new(layer.DisplayPath, (int)mark.Line, (int)mark.Column);

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
