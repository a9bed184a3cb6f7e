using Publisher.Core.Diagnostics;
using Publisher.Core.Yaml;

namespace Publisher.Core.Tests;

public sealed class YamlMapTests
{
    private const string File = "content/book/book.yml";

    [Fact]
    public void Values_keep_their_line_and_column()
    {
        var map = YamlMap.Parse("title: A Book\nlanguage:   en\npage:\n  margins:\n    top: 17mm\n", File);

        Assert.Equal(new SourceLocation(File, 1, 8), map.Scalar("title")!.Value.Location);
        Assert.Equal(new SourceLocation(File, 2, 13), map.Scalar("language")!.Value.Location);
        var top = map.Map("page")!.Map("margins")!.Scalar("top")!.Value;
        Assert.Equal(new SourceLocation(File, 5, 10), top.Location);
        Assert.Equal("page.margins.top", top.Key);
        Assert.Equal("17mm", top.Value);
    }

    [Fact]
    public void A_syntax_error_names_line_and_column()
    {
        Assert.Equal($"{File}:2:11: error PUB001: YAML syntax: While scanning a plain scalar value, found invalid mapping.",
            Expect.Failure(() => YamlMap.Parse("title: A\n  language: en\n", File)));
    }

    [Fact]
    public void A_key_without_a_value_above_deeper_lines_is_a_syntax_error_not_an_internal_one()
    {
        // YamlDotNet's parser closes the mapping after " :" and "caption:" with no value for the latter,
        // and its document model then threw an ArgumentException ("unsupported type"): an internal error.
        Assert.Equal($"{File}:3:1: error PUB001: YAML syntax: the keys and values before this point do not pair up (a key's indentation may be off)",
            Expect.Failure(() => YamlMap.Parse(" :\n  caption:\n", File)));
    }

    [Fact]
    public void A_bracket_left_open_is_a_syntax_error()
    {
        // Here YamlDotNet throws InvalidOperationException, not a YamlException: the error points at the bracket.
        Assert.Equal($"{File}:1:8: error PUB001: YAML syntax: the '[' here is never closed",
            Expect.Failure(() => YamlMap.Parse("title: [A Sample\nlanguage: en\n", File)));
        Assert.Equal($"{File}:1:10: error PUB001: YAML syntax: the '{{' here is never closed",
            Expect.Failure(() => YamlMap.Parse("authors: {name: Ada Lovelace\nlanguage: en\n", File)));
        // Here it is a YamlException at the end of the text.
        Assert.Equal($"{File}:3:1: error PUB001: YAML syntax: While parsing a flow sequence, did not find expected ',' or ']'.",
            Expect.Failure(() => YamlMap.Parse("title: A\nauthors: [Ada Lovelace\n", File)));
    }

    [Fact]
    public void Lists_nested_too_deep_stop_at_the_bracket_that_passes_the_limit_not_with_a_stack_overflow()
    {
        // 40,000 brackets overflowed the stack (exit 134) while YamlDotNet built its nodes.
        var text = "title: A\nauthors: " + new string('[', 40_000) + "\n";
        // The file's mapping is the first level, so the bracket that passes the limit is the MaxDepth-th.
        Assert.Equal($"{File}:2:{"authors: ".Length + NestingLimitedParser.MaxDepth}: error PUB001: YAML nested too deep: " +
                     $"lists and mappings may stand at most {NestingLimitedParser.MaxDepth} inside each other",
            Expect.Failure(() => YamlMap.Parse(text, File)));

        // As deep as the limit allows is read (the file's own mapping is the first level).
        var inner = NestingLimitedParser.MaxDepth - 1;
        var deepest = "title: A\nx: " + string.Concat(Enumerable.Repeat("{a: ", inner)) + "b" + new string('}', inner) + "\n";
        Assert.Equal("A", YamlMap.Parse(deepest, File).String("title"));
    }

    [Fact]
    public void A_duplicate_key_is_a_syntax_error()
    {
        Assert.Equal($"{File}:2:1: error PUB001: YAML syntax: Duplicate key title",
            Expect.Failure(() => YamlMap.Parse("title: A\ntitle: B\n", File)));
    }

    [Fact]
    public void A_second_document_is_an_error_but_an_empty_one_is_not()
    {
        Assert.Equal($"{File}:3:1: error PUB001: YAML syntax: a second document starts here (after '---'); the file must hold one",
            Expect.Failure(() => YamlMap.Parse("title: A\n---\ntitle: B\n", File)));
        Assert.Equal("A", YamlMap.Parse("---\ntitle: A\n---\n", File).String("title"));
    }

    [Fact]
    public void An_unknown_key_names_its_place_and_the_nearest_known_key()
    {
        var map = YamlMap.Parse("title: A\nlanguage: en\nautors: [Ada]\n", File);

        Assert.Equal($"{File}:3:1: error PUB002: unknown key 'autors' (did you mean 'authors'?)",
            Expect.Failure(() => map.AllowOnly("title", "language", "authors")));
    }

    [Fact]
    public void An_unknown_nested_key_is_named_with_its_path()
    {
        var page = YamlMap.Parse("page:\n  margins:\n    innr: 1mm\n", File).Map("page")!.Map("margins")!;

        Assert.Equal($"{File}:3:5: error PUB002: unknown key 'page.margins.innr' (did you mean 'inner'?)",
            Expect.Failure(() => page.AllowOnly("top", "bottom", "inner", "outer")));
    }

    [Fact]
    public void A_missing_required_key_points_at_the_mapping()
    {
        var map = YamlMap.Parse("\n\nlanguage: en\n", File);

        Assert.Equal($"{File}:3:1: error PUB004: 'title' is required", Expect.Failure(() => map.RequiredScalar("title")));
    }

    [Fact]
    public void Wrong_shapes_are_errors_at_the_value()
    {
        var map = YamlMap.Parse("title: [a, b]\npage: A5\nchapters:\n  - one.md\n  - {x: y}\n", File);

        Assert.Equal($"{File}:1:8: error PUB003: 'title' must be a single value, not a list or mapping",
            Expect.Failure(() => map.Scalar("title")));
        Assert.Equal($"{File}:2:7: error PUB003: 'page' must be a mapping of keys to values",
            Expect.Failure(() => map.Map("page")));
        Assert.Equal($"{File}:5:5: error PUB003: each item of 'chapters' must be a single value",
            Expect.Failure(() => map.List("chapters")));
    }

    [Fact]
    public void A_single_value_counts_as_a_list_of_one()
    {
        var map = YamlMap.Parse("author: Ada\nauthors: [Ada, Charles]\n", File);

        Assert.Equal(["Ada"], map.List("author")!.Select(a => a.Value));
        Assert.Equal(["Ada", "Charles"], map.List("authors")!.Select(a => a.Value));
        Assert.Null(map.List("editors"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("---\n")]
    public void An_empty_file_is_an_empty_mapping(string text)
    {
        var map = YamlMap.Parse(text, File);

        Assert.Empty(map.Keys);
        Assert.Equal($"{File}:1:1: error PUB004: 'title' is required", Expect.Failure(() => map.RequiredScalar("title")));
    }

    [Theory]
    [InlineData("- a\n- b\n")]
    [InlineData("just words\n")]
    public void A_file_that_is_not_a_mapping_is_an_error(string text)
    {
        Assert.Equal($"{File}:1:1: error PUB003: expected a mapping of keys to values at the top of the file",
            Expect.Failure(() => YamlMap.Parse(text, File)));
    }

    [Fact]
    public void LocationOf_gives_the_value_or_else_the_mapping()
    {
        var map = YamlMap.Parse("title: A\nchapters: []\n", File);

        Assert.Equal(new SourceLocation(File, 2, 11), map.LocationOf("chapters"));
        Assert.Equal(new SourceLocation(File, 1, 1), map.LocationOf("formats"));
    }

    [Fact]
    public void Typed_readers_fail_with_the_key_and_the_value()
    {
        var map = YamlMap.Parse("size: 12 furlongs\nfacing: maybe\nscale: big\nalign: centre\n", File);

        Assert.Equal($"{File}:1:7: error PUB003: 'size': expected a length such as 12pt, 18mm, 0.75in or 1.5em, not '12 furlongs'",
            Expect.Failure(() => map.Scalar("size")!.Value.AsLength()));
        Assert.Equal($"{File}:2:9: error PUB003: 'facing': expected true or false, not 'maybe'",
            Expect.Failure(() => map.Scalar("facing")!.Value.AsBool()));
        Assert.Equal($"{File}:3:8: error PUB003: 'scale': expected a number, not 'big'",
            Expect.Failure(() => map.Scalar("scale")!.Value.AsNumber()));
        var choices = new Dictionary<string, int> { ["left"] = 0, ["center"] = 1 };
        Assert.Equal($"{File}:4:8: error PUB003: 'align': 'centre' is not one of left, center (did you mean 'center'?)",
            Expect.Failure(() => map.Scalar("align")!.Value.AsChoice(choices)));
    }
}
