namespace Media.Grains.Probing;

/// <summary>What an availability check slot persists: when it was claimed and how many websites it handed out.</summary>
[GenerateSerializer, Alias("media.site-check-round-state")]
public sealed class SiteCheckRoundState
{
    [Id(0)] public DateTimeOffset? ClaimedAt { get; set; }

    [Id(1)] public int Sites { get; set; }
}
