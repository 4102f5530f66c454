namespace Media.Abstractions.Accounts;

/// <summary>The operating contractor (运维单位) that runs the account for the unit.</summary>
[GenerateSerializer, Immutable, Alias("media.operator")]
public sealed record OperatorRecord(
    [property: Id(0)] string Name,
    [property: Id(1)] string? Contact);
