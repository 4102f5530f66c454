namespace Media.Abstractions.Monitoring;

/// <summary>How Media saw something of an account.</summary>
public enum ObservationSource
{
    /// <summary>An integrator pushed posts (<c>POST …/posts</c>).</summary>
    Push = 0,

    /// <summary>A probe read the account (status <c>ok</c>, not an app's availability check).</summary>
    Probe = 1,

    /// <summary>An inspector recorded a sampling inspection of it.</summary>
    Inspection = 2,
}

/// <summary>One time Media saw the account: when, and how. A verdict on silence rests on one of these (SPEC §3.3).</summary>
[GenerateSerializer, Immutable, Alias("media.observation")]
public sealed record Observation(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] ObservationSource Source);
