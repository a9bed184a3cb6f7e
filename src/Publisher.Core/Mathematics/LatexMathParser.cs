
namespace Publisher.Core.Mathematics;

/// <summary>A formula that does not parse: what is wrong, and where in the formula's source (from 0).</summary>
public sealed class MathSyntaxException(string message, int offset) : Exception(message)
{
    public int Offset { get; } = offset;
}

/// <summary>
/// Reads LaTeX's math mode (what <c>$…$</c> and <c>$$…$$</c> hold) into a <see cref="MathFormula"/>: symbols, groups,
/// scripts, fractions, roots, growing delimiters, accents, alphabets, text, spaces and the environments of amsmath
/// (matrices, cases, aligned, gathered). An unknown command, a brace left open or a script with nothing to attach to is
/// a <see cref="MathSyntaxException"/> at its place, an unknown command with the nearest known one.
/// </summary>
public sealed class LatexMathParser
{
    /// <summary>How deep the tree may grow (a group and an item in it are two levels): a formula is text from the book, which may be hostile.</summary>
    public const int MaxDepth = 128;

    private readonly string _source;
    private int _at;
    private int _depth;
    private string? _tag;

    private LatexMathParser(string source) => _source = source;

    public static MathFormula Parse(string source, bool display)
    {
        var parser = new LatexMathParser(source);
        var body = parser.ParseRow(Stop.End);
        return new MathFormula(body, source.Trim(), display, parser._tag);
    }

    [Flags]
    private enum Stop { End = 0, Brace = 1, Cell = 2, Right = 4, Bracket = 8 }

    private MathSyntaxException Error(string message, int? at = null) => new(message, at ?? _at);

    private bool AtEnd => _at >= _source.Length;

    private void SkipSpace()
    {
        while (!AtEnd && char.IsWhiteSpace(_source[_at])) _at++;
    }

    /// <summary>A command's name after its backslash: letters (and a trailing <c>*</c> for some), or one other character.</summary>
    private string PeekCommand(int at)
    {
        var start = at + 1;
        if (start >= _source.Length) return "";
        if (!char.IsAsciiLetter(_source[start])) return _source[start].ToString();
        var end = start;
        while (end < _source.Length && char.IsAsciiLetter(_source[end])) end++;
        if (end < _source.Length && _source[end] == '*' && _source[start..end] is "operatorname" or "align" or "gather" or "alignat" or "equation")
            end++;
        return _source[start..end];
    }

    private string ReadCommand()
    {
        var name = PeekCommand(_at);
        _at += 1 + name.Length;
        return name;
    }

    /// <summary>Items until a closing brace, <c>&amp;</c>, <c>\\</c>, <c>\right</c> or <c>\end</c> (as <paramref name="stop"/> allows) or the end.</summary>
    private MathRow ParseRow(Stop stop, int openedAt = -1)
    {
        if (++_depth > MaxDepth) throw Error($"the formula nests deeper than {MaxDepth} levels");
        var items = new List<MathNode>();
        while (true)
        {
            SkipSpace();
            if (AtEnd)
            {
                if (stop.HasFlag(Stop.Brace)) throw Error("a '{' is never closed: add '}'", openedAt >= 0 ? openedAt : null);
                break;
            }
            var c = _source[_at];
            if (c == '}')
            {
                if (!stop.HasFlag(Stop.Brace)) throw Error("'}' closes no '{'");
                break;
            }
            if (c == ']' && stop.HasFlag(Stop.Bracket)) break;
            if (c == '&')
            {
                if (!stop.HasFlag(Stop.Cell)) throw Error("'&' stands outside a matrix or an aligned environment");
                break;
            }
            if (c == '\\' && PeekCommand(_at) is var name && (name is "\\" or "cr" || name is "right" or "middle" || name == "end"))
            {
                if (name is "right" or "middle" && !stop.HasFlag(Stop.Right)) throw Error($"'\\{name}' without '\\left'");
                if (name is "\\" or "cr" or "end" && !stop.HasFlag(Stop.Cell))
                {
                    if (name == "end") throw Error("'\\end' closes no '\\begin'");
                    // A line break in a formula that is not a table: TeX ignores it in inline math; here too.
                    ReadCommand();
                    continue;
                }
                break;
            }
            if (c is '^' or '_' or '\'')
            {
                AttachScript(items);
                continue;
            }
            if (ParseItem() is { } item) items.Add(item);
        }
        _depth--;
        return items.Count == 1 && items[0] is MathRow only ? only : new MathRow(items);
    }

    /// <summary>A sub- or superscript (or primes) on the last item, or on nothing (<c>{}^2</c>) at a row's start.</summary>
    private void AttachScript(List<MathNode> items)
    {
        var at = _at;
        var last = items.Count > 0 ? items[^1] : null;
        var scripts = last as MathScripts;
        var baseNode = scripts?.Base ?? last ?? MathRow.Empty;
        var sub = scripts?.Sub;
        var sup = scripts?.Sup;
        var c = _source[_at];
        if (c == '\'')
        {
            var primes = 0;
            while (!AtEnd && _source[_at] == '\'') { primes++; _at++; }
            if (sup is not null) throw Error("a prime after a superscript: write x'^2, not x^2'", at);
            sup = new MathAtom(primes switch { 1 => "′", 2 => "″", 3 => "‴", _ => new string('′', primes) }, AtomKind.Operator, AtomClass.Ord);
        }
        else
        {
            _at++;
            SkipSpace();
            if (AtEnd || _source[_at] is '}' or '&' or '^' or '_')
                throw Error(c == '^' ? "'^' has no superscript after it" : "'_' has no subscript after it", at);
            var script = ParseArgument();
            if (c == '^')
            {
                // x'^2: the prime and the 2 are one superscript.
                if (sup is MathAtom { Text: "′" or "″" or "‴" } prime) sup = new MathRow([prime, script]);
                else if (sup is not null) throw Error("double superscript: write x^{ab} or {x^a}^b", at);
                else sup = script;
            }
            else
            {
                if (sub is not null) throw Error("double subscript: write x_{ab} or {x_a}_b", at);
                sub = script;
            }
        }
        var attached = new MathScripts(baseNode, sub, sup);
        if (last is null) items.Add(attached);
        else items[^1] = attached;
    }

    /// <summary>One argument: a group in braces, or a single token (<c>x^2</c>, <c>\frac12</c>, <c>x^\alpha</c>).</summary>
    private MathNode ParseArgument()
    {
        SkipSpace();
        if (AtEnd) throw Error("an argument is missing at the end of the formula");
        if (_source[_at] == '{')
        {
            var opened = _at++;
            var row = ParseRow(Stop.Brace, opened);
            _at++; // }
            return row;
        }
        if (_source[_at] == '}') throw Error("an argument is missing before '}'");
        // \frac12: an argument without braces is one token, so one digit, not the number 12.
        if (char.IsAsciiDigit(_source[_at])) return new MathAtom(_source[_at++].ToString(), AtomKind.Number, AtomClass.Ord);
        return ParseItem() ?? MathRow.Empty;
    }

    /// <summary>The text of an argument in braces, unparsed (<c>\text{…}</c>, <c>\begin{…}</c>, <c>\tag{…}</c>).</summary>
    private string ReadRawArgument(string what)
    {
        SkipSpace();
        if (AtEnd || _source[_at] != '{') throw Error($"{what} needs its argument in braces");
        var start = ++_at;
        var depth = 1;
        for (; !AtEnd; _at++)
        {
            if (_source[_at] == '\\') { _at++; continue; }
            if (_source[_at] == '{') depth++;
            else if (_source[_at] == '}' && --depth == 0) break;
        }
        if (AtEnd) throw Error("a '{' is never closed: add '}'", start - 1);
        return _source[start.._at++];
    }

    private MathNode? ParseItem()
    {
        // Every way into the tree passes here (an argument without braces, \sqrt\sqrt\sqrt…, as well as a group): the
        // depth bounds the whole tree, so a hostile formula ends in an error, never in a stack overflow.
        if (++_depth > MaxDepth) throw Error($"the formula nests deeper than {MaxDepth} levels");
        try { return ParseItemAt(); }
        finally { _depth--; }
    }

    private MathNode? ParseItemAt()
    {
        var c = _source[_at];
        if (c == '{')
        {
            var opened = _at++;
            var row = ParseRow(Stop.Brace, opened);
            _at++;
            return row;
        }
        if (c == '\\') return ParseCommand();
        if (c == '~')
        {
            _at++;
            return new MathSpace(6 / 18.0);
        }
        if (char.IsAsciiDigit(c) || (c == '.' && _at + 1 < _source.Length && char.IsAsciiDigit(_source[_at + 1])))
        {
            var start = _at;
            while (!AtEnd && (char.IsAsciiDigit(_source[_at]) || (_source[_at] == '.' && _at + 1 < _source.Length && char.IsAsciiDigit(_source[_at + 1])))) _at++;
            return new MathAtom(_source[start.._at], AtomKind.Number, AtomClass.Ord);
        }
        if (c is '#' or '$' or '%')
            throw Error($"'{c}' has a meaning of its own in LaTeX; write \\{c} for the character");
        var text = char.IsSurrogate(c) && _at + 1 < _source.Length ? _source.Substring(_at, 2) : c.ToString();
        _at += text.Length;
        return Character(text);
    }

    /// <summary>A character written as itself: a letter is an identifier, anything else an operator of its class.</summary>
    private static MathAtom Character(string text)
    {
        if (text == "-") return new MathAtom("−", AtomKind.Operator, AtomClass.Bin);
        if (text == "*") return new MathAtom("∗", AtomKind.Operator, AtomClass.Bin);
        if (char.IsLetter(text, 0)) return new MathAtom(text, AtomKind.Identifier, AtomClass.Ord);
        var kind = MathSymbols.ClassOf(text);
        return new MathAtom(text, kind == AtomClass.Ord && text is not ("/" or "|" or "." or "@") ? AtomKind.Identifier : AtomKind.Operator, kind);
    }

    private MathNode? ParseCommand()
    {
        var at = _at;
        var name = ReadCommand();
        if (name.Length == 0) throw Error("a formula may not end with '\\'", at);
        if (name is "{" or "}" or "_" or "%" or "$" or "#" or "&")
            return name is "{" or "}"
                ? new MathAtom(name, AtomKind.Operator, name == "{" ? AtomClass.Open : AtomClass.Close)
                : new MathAtom(name, AtomKind.Operator, AtomClass.Ord);
        if (name == "|") return new MathAtom("‖", AtomKind.Operator, AtomClass.Ord);
        if (MathSymbols.Spaces.TryGetValue(name, out var em)) return new MathSpace(em);
        if (MathSymbols.Symbols.TryGetValue(name, out var symbol))
            // An ordinary symbol (∞, ∂, ∀, ℓ) is an identifier, as a letter is; the others are operators.
            return new MathAtom(symbol.Text, symbol.Class == AtomClass.Ord ? AtomKind.Identifier : AtomKind.Operator, symbol.Class);
        if (MathSymbols.BigOperators.TryGetValue(name, out var op))
            return Limits(new MathAtom(op.Text, AtomKind.Operator, AtomClass.Op, LargeOperator: true, Limits: op.Limits ? null : false));
        if (MathSymbols.Functions.TryGetValue(name, out var function))
            return Limits(new MathAtom(function.Text, AtomKind.Identifier, AtomClass.Op, MathVariant.Upright, Limits: function.Limits ? null : false));
        if (MathSymbols.Accents.TryGetValue(name, out var accent))
            return new MathAccent(ParseArgument(), accent.Mark, accent.Stretchy, accent.Under);
        if (MathSymbols.Alphabets.TryGetValue(name, out var variant)) return WithVariant(ParseArgument(), variant);
        if (MathSymbols.Delimiters.TryGetValue("\\" + name, out var delimiter))
            return new MathAtom(delimiter, AtomKind.Operator, MathSymbols.ClassOf(delimiter) is var k && k == AtomClass.Ord && name.StartsWith('l') ? AtomClass.Open
                : k == AtomClass.Ord && name.StartsWith('r') ? AtomClass.Close : k);
        switch (name)
        {
            case "frac" or "dfrac" or "tfrac" or "cfrac":
                return new MathFraction(ParseArgument(), ParseArgument(), Display: name switch { "dfrac" or "cfrac" => true, "tfrac" => false, _ => null });
            case "binom" or "dbinom" or "tbinom":
                return new MathFraction(ParseArgument(), ParseArgument(), Rule: false, Display: name switch { "dbinom" => true, "tbinom" => false, _ => null },
                    Open: "(", Close: ")");
            case "sqrt":
                MathNode? index = null;
                SkipSpace();
                if (!AtEnd && _source[_at] == '[')
                {
                    _at++;
                    index = ParseRow(Stop.Bracket);
                    if (AtEnd) throw Error("the root's index in '[' is never closed: add ']'", at);
                    _at++;
                }
                return new MathRadical(ParseArgument(), index);
            case "left":
                return ParseDelimited(at);
            case "big" or "Big" or "bigg" or "Bigg" or "bigl" or "bigr" or "Bigl" or "Bigr" or "biggl" or "biggr" or "Biggl" or "Biggr" or "bigm" or "Bigm":
                var fixedDelimiter = ReadDelimiter(name);
                var size = name.StartsWith("Bigg", StringComparison.Ordinal) ? 4 : name.StartsWith("bigg", StringComparison.Ordinal) ? 3
                    : name.StartsWith("Big", StringComparison.Ordinal) ? 2 : 1;
                var cls = name.EndsWith('l') ? AtomClass.Open : name.EndsWith('r') ? AtomClass.Close : name.EndsWith('m') ? AtomClass.Rel
                    : MathSymbols.ClassOf(fixedDelimiter);
                return new MathAtom(fixedDelimiter, AtomKind.Operator, cls, Size: size);
            case "text" or "textrm" or "textit" or "textbf" or "mbox" or "textsf" or "texttt" or "textnormal":
                return new MathAtom(ReadRawArgument("\\" + name).Replace("\\ ", " ").Replace("\\{", "{").Replace("\\}", "}")
                    .Replace("\\%", "%").Replace("\\&", "&").Replace("\\_", "_"), AtomKind.Text, AtomClass.Ord,
                    name switch { "textit" => MathVariant.Italic, "textbf" => MathVariant.Bold, "textsf" => MathVariant.SansSerif, "texttt" => MathVariant.Monospace, _ => MathVariant.Upright });
            case "operatorname" or "operatorname*":
                var word = ReadRawArgument("\\operatorname");
                return Limits(new MathAtom(word, AtomKind.Identifier, AtomClass.Op, MathVariant.Upright, Limits: name.EndsWith('*') ? null : false));
            case "mathop":
                return Limits(new MathAtom(PlainText(ParseArgument()), AtomKind.Identifier, AtomClass.Op, MathVariant.Upright));
            case "bmod" or "mod":
                return new MathAtom("mod", AtomKind.Identifier, AtomClass.Bin, MathVariant.Upright);
            case "pmod":
                return new MathRow([new MathSpace(1), new MathAtom("(", AtomKind.Operator, AtomClass.Open),
                    new MathAtom("mod", AtomKind.Identifier, AtomClass.Ord, MathVariant.Upright), new MathSpace(6 / 18.0),
                    ParseArgument(), new MathAtom(")", AtomKind.Operator, AtomClass.Close)]);
            case "overset" or "stackrel":
                var over = ParseArgument();
                return new MathUnderOver(ParseArgument(), null, over);
            case "underset":
                var under = ParseArgument();
                return new MathUnderOver(ParseArgument(), under, null);
            case "not":
                return Negated(at);
            case "displaystyle" or "textstyle":
                return new MathStyled(ParseRestOfGroup(), name == "displaystyle");
            case "scriptstyle" or "scriptscriptstyle" or "limits" or "nolimits":
                throw Error($"'\\{name}' here has nothing to apply to", at);
            case "begin":
                return ParseEnvironment(at);
            case "tag" or "tag*":
                var tag = ReadRawArgument("\\tag");
                if (_tag is not null) throw Error("a formula has one '\\tag'", at);
                _tag = tag.Trim();
                return null;
            case "notag" or "nonumber":
                return null;
        }
        if (name is "right" or "middle" or "end" or "\\" or "cr")
            throw Error($"an argument is missing before '\\{name}'", at);
        // A name of any length is the author's; a hint is sought only for one a slip could have made.
        var known = name.Length <= 40 ? Publisher.Core.Diagnostics.NearestName.Find(name, MathSymbols.AllCommands) : null;
        var shown = name.Length <= 40 ? name : name[..40] + "…";
        throw Error(known is null ? $"unknown command '\\{shown}'" : $"unknown command '\\{shown}'; did you mean '\\{known}'?", at);
    }

    /// <summary>What <c>\displaystyle</c> applies to: the rest of its group.</summary>
    private MathNode ParseRestOfGroup()
    {
        var items = new List<MathNode>();
        while (true)
        {
            SkipSpace();
            if (AtEnd || _source[_at] is '}' or '&' or ']' || (_source[_at] == '\\' && PeekCommand(_at) is "\\" or "right" or "middle" or "end" or "cr")) break;
            if (_source[_at] is '^' or '_' or '\'') { AttachScript(items); continue; }
            if (ParseItem() is { } item) items.Add(item);
        }
        return new MathRow(items);
    }

    /// <summary><c>\limits</c> or <c>\nolimits</c> right after an operator says where its scripts go.</summary>
    private MathAtom Limits(MathAtom op)
    {
        SkipSpace();
        if (AtEnd || _source[_at] != '\\') return op;
        var name = PeekCommand(_at);
        if (name is not ("limits" or "nolimits")) return op;
        ReadCommand();
        return op with { Limits = name == "limits" };
    }

    private string ReadDelimiter(string command)
    {
        SkipSpace();
        var at = _at;
        if (AtEnd) throw Error($"'\\{command}' needs a delimiter after it, such as ( or \\{{ or .");
        string key;
        if (_source[_at] == '\\')
        {
            var name = PeekCommand(_at);
            key = "\\" + name;
            _at += 1 + name.Length;
        }
        else
        {
            key = _source[_at].ToString();
            _at++;
        }
        if (key is "<") return "⟨";
        if (key is ">") return "⟩";
        return MathSymbols.Delimiters.TryGetValue(key, out var delimiter) ? delimiter
            : throw Error($"'{key}' is not a delimiter '\\{command}' can take; use one of ( ) [ ] \\{{ \\}} | \\| \\langle \\rangle \\lfloor \\rfloor \\lceil \\rceil or .", at);
    }

    private MathNode ParseDelimited(int at)
    {
        var open = ReadDelimiter("left");
        var parts = new List<MathNode>();
        var middles = new List<string>();
        while (true)
        {
            parts.Add(ParseRow(Stop.Right));
            if (AtEnd) throw Error("'\\left' has no '\\right': add '\\right.' where it should end", at);
            var name = ReadCommand();
            if (name == "right") return new MathDelimited(open, parts, middles, ReadDelimiter("right"));
            middles.Add(ReadDelimiter("middle"));
        }
    }

    /// <summary><c>\not=</c> is ≠, <c>\not\in</c> ∉; anything else gets the long solidus laid over it.</summary>
    private MathNode Negated(int at)
    {
        SkipSpace();
        if (AtEnd) throw Error("'\\not' needs a relation after it, such as = or \\in", at);
        var next = ParseItem();
        if (next is MathAtom atom)
            return atom.Text switch
            {
                "=" => atom with { Text = "≠" }, "∈" => atom with { Text = "∉" }, "≡" => atom with { Text = "≢" },
                "<" => atom with { Text = "≮" }, ">" => atom with { Text = "≯" }, "≤" => atom with { Text = "≰" },
                "≥" => atom with { Text = "≱" }, "⊂" => atom with { Text = "⊄" }, "⊃" => atom with { Text = "⊅" },
                "⊆" => atom with { Text = "⊈" }, "⊇" => atom with { Text = "⊉" }, "∼" => atom with { Text = "≁" },
                "≈" => atom with { Text = "≉" }, "∣" => atom with { Text = "∤" },
                _ => atom with { Text = atom.Text + "\u0338" },
            };
        throw Error("'\\not' needs a relation after it, such as = or \\in", at);
    }

    private MathNode ParseEnvironment(int at)
    {
        var name = ReadRawArgument("\\begin").Trim();
        if (!MathSymbols.Environments.TryGetValue(name, out var environment))
        {
            var known = name.Length <= 40 ? Publisher.Core.Diagnostics.NearestName.Find(name, MathSymbols.Environments.Keys) : null;
            var shown = name.Length <= 40 ? name : name[..40] + "…";
            throw Error(known is null ? $"unknown environment '{shown}'" : $"unknown environment '{shown}'; did you mean '{known}'?", at);
        }
        // alignat's column count is TeX's business; the cells say it here.
        if (name.StartsWith("alignat", StringComparison.Ordinal)) ReadRawArgument("\\begin{alignat}");
        var rows = new List<IReadOnlyList<MathNode>>();
        var cells = new List<MathNode>();
        while (true)
        {
            cells.Add(ParseRow(Stop.Cell));
            if (AtEnd) throw Error($"'\\begin{{{name}}}' has no '\\end{{{name}}}'", at);
            if (_source[_at] == '&')
            {
                _at++;
                continue;
            }
            if (_source[_at] == '}') throw Error("'}' closes no '{'");
            var command = ReadCommand();
            if (command is "\\" or "cr")
            {
                // \\[4pt]: a row's extra space, which the table's own spacing stands for here.
                SkipSpace();
                if (!AtEnd && _source[_at] == '[')
                {
                    var close = _source.IndexOf(']', _at);
                    _at = close < 0 ? _source.Length : close + 1;
                }
                rows.Add(cells);
                cells = [];
                continue;
            }
            // \end
            var end = ReadRawArgument("\\end").Trim();
            if (end != name) throw Error($"'\\begin{{{name}}}' ends with '\\end{{{end}}}'", at);
            // A last row left empty by a closing \\ is no row.
            if (cells.Count > 1 || cells[0] is not MathRow { Items.Count: 0 }) rows.Add(cells);
            return new MathTable(environment.Kind, rows, environment.Open, environment.Close);
        }
    }

    /// <summary><c>\mathbf{…}</c> and its kin: the letters of the argument in that alphabet.</summary>
    private static MathNode WithVariant(MathNode node, MathVariant variant) => node switch
    {
        MathAtom { Kind: AtomKind.Identifier or AtomKind.Number } atom => atom with { Variant = variant },
        MathRow row => new MathRow(row.Items.Select(i => WithVariant(i, variant)).ToList()),
        MathScripts s => s with { Base = WithVariant(s.Base, variant) },
        _ => node,
    };

    /// <summary>The characters of a small tree, for <c>\mathop{…}</c>.</summary>
    private static string PlainText(MathNode node) => node switch
    {
        MathAtom atom => atom.Text,
        MathRow row => string.Concat(row.Items.Select(PlainText)),
        _ => "",
    };
}
