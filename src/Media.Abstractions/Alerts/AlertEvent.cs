using Media.Abstractions.Accounts;

namespace Media.Abstractions.Alerts;

/// <summary>Why an alert was raised.</summary>
public enum AlertKind
{
    /// <summary>A violation episode opened (or a suspected hit was recorded, for the digest only).</summary>
    Violation = 0,

    /// <summary>A supervisor confirmed a suspected content hit: from now on it is a veto.</summary>
    Confirmed = 1,

    /// <summary>A rectification notice ran past its deadline; the next level up is told.</summary>
    Escalation = 2,

    /// <summary>A supervisor sent a rectification notice: the unit is told (SPEC §3.5).</summary>
    Notice = 3,

    /// <summary>The unit answered a notice: the office is told, so it can verify.</summary>
    Answer = 4,

    /// <summary>A supervisor rejected the unit's answer: the unit is told to rectify again.</summary>
    Rejection = 5,

    /// <summary>An unanswered notice is two days from its deadline: the unit is reminded (SPEC §3.5).</summary>
    Reminder = 6,
}

/// <summary>
/// Something the people in charge of an account must hear about. Its id is derived from the violation
/// (<c>{violationId}</c>, <c>{violationId}/confirmed</c>, <c>{violationId}/escalated</c>, one per rectification step), so raising
/// the same alert twice, as a retried call would, stores it once: one alert per episode.
/// </summary>
[GenerateSerializer, Immutable, Alias("media.alert")]
public sealed record AlertEvent(
    [property: Id(0)] string Id,
    [property: Id(1)] AlertKind Kind,
    [property: Id(2)] string ViolationId,
    [property: Id(3)] string Rule,
    [property: Id(4)] DateTimeOffset DetectedAt,
    [property: Id(5)] string Evidence,
    [property: Id(6)] string AccountId,
    [property: Id(7)] string AccountName,
    [property: Id(8)] string Platform,
    [property: Id(9)] string? AccountUrl,
    [property: Id(10)] string UnitCode,
    [property: Id(11)] string RegionCode,
    [property: Id(12)] ContactPerson Responsible,
    [property: Id(13)] DateTimeOffset RaisedAt,
    [property: Id(14)] bool Immediate,
    [property: Id(15)] DateOnly? Deadline = null);
