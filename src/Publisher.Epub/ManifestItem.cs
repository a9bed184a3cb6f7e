namespace Publisher.Epub;

/// <summary>
/// One file of the publication as the package document lists it. Ids are XML NCNames,
/// which cannot start with a digit; every id has a letter prefix so a slug such as
/// <c>01-introduction</c> is safe. A spine item that is not <see cref="Linear"/> is reached
/// only through links (the navigation document, from the landmarks' "toc").
/// </summary>
internal sealed record ManifestItem(string Id, string Href, string MediaType, string? Properties = null, bool InSpine = false,
    bool Linear = true);
