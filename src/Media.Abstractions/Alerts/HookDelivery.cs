namespace Media.Abstractions.Alerts;

/// <summary>
/// One alert's message to one group robot or webhook. <paramref name="Key"/> (<c>{alertId}|{target}</c>) makes it unique, so
/// routing the same alert again stores nothing twice; <paramref name="Payload"/> is the JSON body as it will be posted.
/// </summary>
[GenerateSerializer, Immutable, Alias("media.hook-delivery")]
public sealed record HookDelivery(
    [property: Id(0)] string Key,
    [property: Id(1)] string AlertId,
    [property: Id(2)] string Target,
    [property: Id(3)] string Payload,
    [property: Id(4)] int Attempts = 0)
{
    public static string KeyFor(string alertId, string target) => alertId + "|" + target;
}
