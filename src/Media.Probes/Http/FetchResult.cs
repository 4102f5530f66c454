namespace Media.Probes.Http;

/// <summary>
/// One fetch: either a page (<see cref="Failure"/> is <see cref="FetchFailure.None"/>, <see cref="Content"/>
/// is decoded text, any HTTP status, for the extractor to judge) or a failure with a detail.
/// </summary>
public sealed record FetchResult(
    FetchFailure Failure,
    Uri FinalUrl,
    int? StatusCode = null,
    string? ContentType = null,
    string? Content = null,
    string? Detail = null)
{
    public bool Succeeded => Failure == FetchFailure.None;

    public static FetchResult Failed(FetchFailure failure, Uri url, string detail, int? statusCode = null) =>
        new(failure, url, statusCode, Detail: detail);
}
