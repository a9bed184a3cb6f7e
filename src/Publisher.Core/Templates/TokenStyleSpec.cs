namespace Publisher.Core.Templates;

/// <summary>How one kind of highlighted code token is set: its colour, and bold or italic.</summary>
public sealed record TokenStyleSpec(string Color, bool Bold, bool Italic)
{
    /// <summary>Where <see cref="Color"/> was set; null when it is the code's own colour.</summary>
    public SetAt? ColorSetAt { get; init; }

    // Where the colour was written is not how the token looks: styles that look alike are equal.
    public bool Equals(TokenStyleSpec? other) =>
        other is not null && Color == other.Color && Bold == other.Bold && Italic == other.Italic;

    public override int GetHashCode() => HashCode.Combine(Color, Bold, Italic);
}
