using Publisher.Core.Books;

namespace Publisher.Core.Tests;

public sealed class BookIdentifierTests
{
    /// <summary>
    /// Pinned: a change here changes the identity of every published book without an identifier.
    /// The values were computed independently, with Python's
    /// <c>uuid.uuid5(uuid.UUID("6f1c8a52-3b7e-4f0a-9d2e-5a4b1c0e7d93"), name)</c>.
    /// </summary>
    [Theory]
    [InlineData("khojaly", "urn:uuid:ec55d592-a75e-5e7a-a48e-d7feffc4138f")]
    [InlineData("progit", "urn:uuid:6dca3437-bd91-555e-b84e-55c1c70b25aa")]
    [InlineData("xocalı", "urn:uuid:5717e348-617d-5c06-8266-ba5cf2452a28")]
    public void The_identifier_of_a_name_never_changes(string name, string identifier)
    {
        Assert.Equal(identifier, BookIdentifier.FromName(name));
        Assert.Equal(BookIdentifier.FromName(name), BookIdentifier.FromName(name));
    }

    [Fact]
    public void It_is_a_version_5_RFC_variant_uuid()
    {
        var text = BookIdentifier.FromName("progit");
        Assert.Matches("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", text);
    }

    [Theory]
    [InlineData("khojaly", "Khojaly")]
    [InlineData("a", "b")]
    [InlineData("book", "book ")]
    [InlineData("xocalı", "xocali")]
    public void Different_names_give_different_identifiers(string a, string b)
    {
        Assert.NotEqual(BookIdentifier.FromName(a), BookIdentifier.FromName(b));
    }
}
