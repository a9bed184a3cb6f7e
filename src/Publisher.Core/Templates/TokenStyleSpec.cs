namespace Publisher.Core.Templates;

/// <summary>How one kind of highlighted code token is set: its colour, and bold or italic.</summary>
public sealed record TokenStyleSpec(string Color, bool Bold, bool Italic);
