namespace Media.Probes.Http;

/// <summary>Why a fetch produced no page.</summary>
public enum FetchFailure
{
    None,

    /// <summary>Our own guard refused: a non-http(s) scheme or a non-public address (SSRF).</summary>
    Refused,

    /// <summary>The body passed <see cref="ProbeOptions.MaxBytes"/>; nothing is returned (no truncated pages).</summary>
    TooLarge,

    Timeout,

    NetworkError,

    TooManyRedirects,

    /// <summary>
    /// The resolver did not answer (not: the name does not exist). Media's own network is at fault, so a check that
    /// ends here is a gap, never the site's failure.
    /// </summary>
    ResolverDown,
}
