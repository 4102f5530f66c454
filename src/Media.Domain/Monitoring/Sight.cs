namespace Media.Domain.Monitoring;

/// <summary>
/// How Media sees an account, which decides whether its silence may be judged (SPEC §3.3, "No verdict without an
/// observation"): silence is a fact only about an account Media has seen, and only while it can still see it.
/// </summary>
public enum Sight
{
    /// <summary>Observed since filing (a post, a successful probe or an inspection) and not blind now: the rules apply.</summary>
    Seen = 0,

    /// <summary>Nothing has observed the account since it was filed (尚未采集): no time-based episode at all.</summary>
    NotObserved = 1,

    /// <summary>Observed once, but the latest probe failed (采集中断): nothing opens; a new post may still resolve.</summary>
    Blind = 2,
}
