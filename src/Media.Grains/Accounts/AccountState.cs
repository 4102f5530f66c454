using Media.Abstractions.Accounts;
using Media.Abstractions.Monitoring;
using Media.Grains.Websites;

namespace Media.Grains.Accounts;

/// <summary>What an account grain persists: its filing record (absent until filed), its discovery, and its monitoring.</summary>
[GenerateSerializer, Alias("media.account-state")]
public sealed class AccountState
{
    [Id(0)] public AccountSnapshot? Record { get; set; }

    /// <summary>Retained posts in publication order (bounded by age and count).</summary>
    [Id(1)] public List<PostRecord> Posts { get; set; } = [];

    /// <summary>Latest publication time ever seen, kept even after the post itself is dropped.</summary>
    [Id(2)] public DateTimeOffset? LastPostAt { get; set; }

    [Id(3)] public long? Followers { get; set; }

    [Id(4)] public MonitoringGap? Gap { get; set; }

    /// <summary>Active violations and the most recent closed ones, oldest first.</summary>
    [Id(5)] public List<ViolationRecord> Violations { get; set; } = [];

    /// <summary>How many violations this account has ever had; numbers the next id.</summary>
    [Id(6)] public int ViolationCount { get; set; }

    /// <summary>Consecutive failed availability checks of an app, and when the run of failures began.</summary>
    [Id(7)] public int AppFailures { get; set; }

    [Id(8)] public DateTimeOffset? AppFailingSince { get; set; }

    [Id(9)] public DateTimeOffset? LastProbedAt { get; set; }

    /// <summary>The post log's sequence number up to which this state holds the account's pushed posts.</summary>
    [Id(10)] public long PostLogMark { get; set; }

    /// <summary>The first and the latest time Media saw the account since filing (SPEC §3.3: no verdict without one).</summary>
    [Id(11)] public Observation? FirstObserved { get; set; }

    [Id(12)] public Observation? LastObserved { get; set; }

    /// <summary>When and how Media received the post that set <see cref="LastPostAt"/>: the evidence names it.</summary>
    [Id(13)] public Observation? LastPostSeen { get; set; }

    /// <summary>A supervisor's discovery of the account while it was unfiled (<c>filing-missing</c>); kept after the filing.</summary>
    [Id(14)] public DiscoveryRecord? Discovery { get; set; }

    /// <summary>What Media observed of a website (platform <c>website</c> only; null for every account).</summary>
    [Id(15)] public SiteWatch? Site { get; set; }
}
