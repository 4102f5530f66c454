namespace Media.Abstractions.Monitoring;

/// <summary>What a sweep (or part of one) did.</summary>
[GenerateSerializer, Immutable, Alias("media.sweep-counts")]
public sealed record SweepCounts(
    [property: Id(0)] int Checked,
    [property: Id(1)] int NewViolations,
    [property: Id(2)] int Resolved,
    [property: Id(3)] int Activated)
{
    public static SweepCounts Zero { get; } = new(0, 0, 0, 0);

    public SweepCounts Add(SweepCounts other) => new(Checked + other.Checked, NewViolations + other.NewViolations,
        Resolved + other.Resolved, Activated + other.Activated);
}
