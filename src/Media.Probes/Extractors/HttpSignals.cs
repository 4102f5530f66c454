namespace Media.Probes.Extractors;

/// <summary>What an HTTP status alone says about a probe, before any content is read.</summary>
public static class HttpSignals
{
    /// <summary>
    /// Null when the status lets the content speak (2xx, or no status because the page came from a file);
    /// otherwise the monitoring-gap result it implies. 432 is Weibo's and 418 several WAFs' refusal code.
    /// </summary>
    public static ProbeResult? FromStatus(int? status) => status switch
    {
        null or (>= 200 and < 300) => null,
        403 or 418 or 429 or 432 => ProbeResult.Gap(ProbeStatus.Blocked, $"HTTP {status}: the platform refused the request"),
        401 => ProbeResult.Gap(ProbeStatus.Expired, "HTTP 401: login required or credentials expired"),
        404 or 410 => ProbeResult.Gap(ProbeStatus.NotFound, $"HTTP {status}: the page does not exist"),
        _ => ProbeResult.Gap(ProbeStatus.Error, $"HTTP {status}"),
    };
}
