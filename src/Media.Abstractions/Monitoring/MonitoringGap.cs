namespace Media.Abstractions.Monitoring;

/// <summary>
/// Media could not read the account (captcha, WAF, expired, deleted, network). While a gap is open the
/// account is not judged silent: Media's blindness is not the account's fault.
/// </summary>
[GenerateSerializer, Immutable, Alias("media.monitoring-gap")]
public sealed record MonitoringGap(
    [property: Id(0)] DateTimeOffset Since,
    [property: Id(1)] string Status,
    [property: Id(2)] string? Detail,
    [property: Id(3)] DateTimeOffset LastTriedAt);
