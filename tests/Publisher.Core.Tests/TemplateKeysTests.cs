using System.Collections;
using System.Reflection;
using Publisher.Core.Diagnostics;
using Publisher.Core.Templates;

namespace Publisher.Core.Tests;

/// <summary>
/// The reader accepts exactly the keys the reference page lists: each listed key takes its example,
/// each is read (a bad value in it is an error at its line; free text reaches the template), and a key
/// the reference does not list is PUB002 wherever it stands.
/// </summary>
public sealed class TemplateKeysTests(TemplateKeysTests.Project project) : IClassFixture<TemplateKeysTests.Project>
{
    /// <summary>A project whose templates extend the shipped booklet; templates/fonts and templates/icc hold the shipped ones.</summary>
    public sealed class Project : IDisposable
    {
        private readonly TestFolder _folder = new();
        private int _count;

        public Project()
        {
            Directory.CreateDirectory(_folder.PathOf("templates"));
            Directory.CreateSymbolicLink(_folder.PathOf("templates/fonts"), Path.Combine(TemplateLocator.BuiltInDirectory, "fonts"));
            Directory.CreateSymbolicLink(_folder.PathOf("templates/icc"), Path.Combine(TemplateLocator.BuiltInDirectory, "icc"));
        }

        /// <summary>Writes <paramref name="yaml"/> as a template of its own and reads it as a book would.</summary>
        public (Template Template, string Display) Load(string yaml)
        {
            var name = $"t{Interlocked.Increment(ref _count)}";
            var display = $"templates/{name}/template.yml";
            _folder.Write(display, yaml);
            return (new TemplateLocator(_folder.Root).Load(name, new SourceLocation("content/b/book.yml", 2, 11)), display);
        }

        public void Dispose() => _folder.Dispose();
    }

    public static TheoryData<string> Keys => [.. TemplateKeyPaths.All.Keys];

    public static TheoryData<string> Mappings => [.. TemplateKeyPaths.Mappings.Keys];

    [Theory, MemberData(nameof(Keys))]
    public void A_listed_key_takes_its_example(string path)
    {
        var key = TemplateKeyPaths.All[path];
        // A key that holds only a mapping is shown taking an empty one: every key inside it is tried on its own.
        project.Load(TemplateKeyPaths.TemplateWith(path, key.Example ?? "{}"));
    }

    [Theory, MemberData(nameof(Keys))]
    public void A_listed_key_is_read(string path)
    {
        var key = TemplateKeyPaths.All[path];
        if (key.AnyText)
        {
            const string text = "Ünïque text 17";
            var (template, _) = project.Load(TemplateKeyPaths.TemplateWith(path, $"\"{text}\""));
            Assert.True(Holds(template, text), $"'{path}: {text}' did not reach the template");
            return;
        }
        // No key takes this value, so a key the reader reads fails at its own line; one it ignored would not.
        var yaml = TemplateKeyPaths.TemplateWith(path, "§");
        var error = Assert.Throws<BuildFailedException>(() => project.Load(yaml)).Diagnostic;
        Assert.Equal(yaml.Split('\n').Length - 1, error.Location.Line);
        Assert.EndsWith("/template.yml", error.Location.Path);
        Assert.DoesNotContain("booklet", error.Location.Path);
    }

    [Theory, MemberData(nameof(Mappings))]
    public void A_key_not_listed_is_unknown_with_the_nearest_named(string mapping)
    {
        var set = TemplateKeyPaths.Mappings[mapping];
        var name = set.Names[0] + "s";
        var yaml = TemplateKeyPaths.TemplateWith(mapping == "" ? name : $"{mapping}.{name}", "1");
        var error = Assert.Throws<BuildFailedException>(() => project.Load(yaml)).Diagnostic;
        Assert.Equal(DiagnosticCodes.UnknownKey, error.Code);
        Assert.Equal(yaml.Split('\n').Length - 1, error.Location.Line);
        Assert.Contains($"'{set.Names[0]}'", error.Message);
    }

    /// <summary>True when <paramref name="text"/> is a string anywhere in <paramref name="value"/>'s properties.</summary>
    private static bool Holds(object? value, string text, int depth = 0)
    {
        switch (value)
        {
            case null: return false;
            case string s: return s == text;
            case IEnumerable items: return depth < 8 && items.Cast<object?>().Any(item => Holds(item, text, depth + 1));
        }
        var type = value.GetType();
        if (type.IsPrimitive || type.IsEnum || depth >= 8) return false;
        return type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0)
            .Any(p => Holds(p.GetValue(value), text, depth + 1));
    }
}
