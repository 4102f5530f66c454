namespace Media.Probes.Http;

/// <summary>The <c>Probes</c> configuration section (SPEC §5.3, §7).</summary>
public sealed record ProbeOptions
{
    public const string SectionName = "Probes";

    /// <summary>
    /// Off by default: probes refuse hosts that resolve to loopback, private, link-local, CGNAT or other
    /// non-public addresses (SSRF). Tests and single-machine set-ups turn it on explicitly.
    /// </summary>
    public bool AllowPrivateAddresses { get; init; }

    /// <summary>Decompressed body cap; a larger page fails as <see cref="FetchFailure.TooLarge"/>.</summary>
    public int MaxBytes { get; init; } = 5 * 1024 * 1024;

    /// <summary>Per request (each redirect hop): connect, headers and body together.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(15);

    public int MaxRedirects { get; init; } = 3;

    /// <summary>At most one request per host in this interval, so probes never hammer a platform.</summary>
    public TimeSpan PerHostInterval { get; init; } = TimeSpan.FromSeconds(1);

    public string UserAgent { get; init; } =
        "Mozilla/5.0 (Linux; Android 10) AppleWebKit/537.36 (KHTML, like Gecko) Mobile Safari/537.36 MediaProbe/1.0";

    /// <summary>
    /// Reference pages that tell Media's own network trouble from a site's (SPEC §3.6: a probe Media could not make is a
    /// gap): when a site fails with a network error or a timeout and every canary fails too, the fault is Media's.
    /// Null means <see cref="DefaultNetworkCanaries"/>; a list given in configuration replaces it.
    /// </summary>
    public IReadOnlyList<string>? NetworkCanaries { get; init; }

    /// <summary>Large public sites that are up whenever the network is.</summary>
    public static IReadOnlyList<string> DefaultNetworkCanaries { get; } = ["https://www.baidu.com/", "https://www.qq.com/"];

    /// <summary>The most columns one content probe of a website reads (after the home page).</summary>
    public int SiteColumnsPerProbe { get; init; } = 40;

    /// <summary>Every problem at once, for an <c>IValidateOptions</c> in the host.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (MaxBytes < 1)
        {
            errors.Add($"{SectionName}:MaxBytes must be positive.");
        }

        if (Timeout <= TimeSpan.Zero)
        {
            errors.Add($"{SectionName}:Timeout must be positive.");
        }

        if (MaxRedirects < 0)
        {
            errors.Add($"{SectionName}:MaxRedirects must not be negative.");
        }

        if (PerHostInterval < TimeSpan.Zero)
        {
            errors.Add($"{SectionName}:PerHostInterval must not be negative.");
        }

        if (SiteColumnsPerProbe < 0)
        {
            errors.Add($"{SectionName}:SiteColumnsPerProbe must not be negative.");
        }

        if (NetworkCanaries?.Any(c => !Uri.TryCreate(c, UriKind.Absolute, out _)) == true)
        {
            errors.Add($"{SectionName}:NetworkCanaries must be absolute URLs.");
        }

        if (string.IsNullOrWhiteSpace(UserAgent))
        {
            errors.Add($"{SectionName}:UserAgent must be set.");
        }

        return errors;
    }
}
