namespace Publisher.Epub;

/// <summary>
/// One file of the publication as the package document lists it. Ids are XML NCNames,
/// which cannot start with a digit; every id has a letter prefix so a slug such as
/// <c>01-introduction</c> is safe.
/// </summary>
internal sealed record ManifestItem(string Id, string Href, string MediaType, string? Properties = null, bool InSpine = false);
