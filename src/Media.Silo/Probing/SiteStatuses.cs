using Media.Probes;

namespace Media.Silo.Probing;

/// <summary>The statuses of a website's content probe: the collector's (<see cref="ProbeStatuses"/>) and <c>gap</c>.</summary>
internal static class SiteStatuses
{
    /// <summary>Media could not make the probe (its own network or resolver down): not the site's failure.</summary>
    public const string Gap = "gap";

    /// <summary>A page that answered, but not 2xx: gone, refused to Media, or broken.</summary>
    public static string ForHttp(int? status) => status switch
    {
        404 or 410 => ProbeStatuses.NotFound,
        401 or 403 or 429 => ProbeStatuses.Blocked,
        _ => ProbeStatuses.Error,
    };
}
