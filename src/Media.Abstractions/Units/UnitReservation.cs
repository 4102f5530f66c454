namespace Media.Abstractions.Units;

/// <summary>
/// What an opening asks of its unit in one call: the unit (null when it was never created, and then nothing is
/// registered) and how many other active accounts the unit has on the platform.
/// </summary>
[GenerateSerializer, Immutable, Alias("media.unit-reservation")]
public sealed record UnitReservation(
    [property: Id(0)] UnitRecord? Unit,
    [property: Id(1)] int OtherAccountsOnPlatform);
