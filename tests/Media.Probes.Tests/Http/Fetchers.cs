using Media.Probes.Http;

namespace Media.Probes.Tests.Http;

/// <summary>Fetchers for tests: real clock, no politeness delay unless a test is about politeness.</summary>
internal static class Fetchers
{
    public static ProbeOptions Options(bool allowPrivate) =>
        new() { AllowPrivateAddresses = allowPrivate, PerHostInterval = TimeSpan.Zero, Timeout = TimeSpan.FromSeconds(10) };

    public static PageFetcher Create(bool allowPrivate) => new(Options(allowPrivate), TimeProvider.System);

    public static PageFetcher Create(ProbeOptions options, AddressPolicy? policy = null, INameResolver? resolver = null) =>
        new(options, TimeProvider.System, policy, resolver);
}
