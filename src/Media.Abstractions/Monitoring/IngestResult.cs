namespace Media.Abstractions.Monitoring;

/// <summary>How many posts were new and how many the account had already.</summary>
[GenerateSerializer, Immutable, Alias("media.ingest-result")]
public sealed record IngestResult(
    [property: Id(0)] int Accepted,
    [property: Id(1)] int Duplicates);
