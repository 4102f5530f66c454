namespace Media.Probes;

/// <summary>
/// A fetched (or saved) page handed to an extractor. <paramref name="Now"/> anchors relative dates such
/// as Weibo's "3小时前"; <paramref name="HttpStatus"/> is null for a page read from a file.
/// </summary>
public sealed record ProbeInput(
    string Content,
    Uri? Source,
    DateTimeOffset Now,
    int? HttpStatus = null,
    string? ContentType = null);
