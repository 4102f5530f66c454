using System.Net;
using Media.Silo.Operations;

namespace Media.Silo.Tests.Operations;

/// <summary>Who may read /metrics: this machine, and the networks in <c>Metrics:AllowFrom</c>.</summary>
public sealed class MetricsAccessTests
{
    private static readonly IPNetwork[] Office = [IPNetwork.Parse("10.20.0.0/16")];

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("::1", true)]
    [InlineData("::ffff:127.0.0.1", true)]
    [InlineData("10.20.3.4", true)]
    [InlineData("::ffff:10.20.3.4", true)]
    [InlineData("10.21.3.4", false)]
    [InlineData("203.0.113.9", false)]
    public void Loopback_and_the_allowed_networks_may_read_and_no_one_else(string caller, bool allowed)
    {
        Assert.Equal(allowed, MetricsSetup.IsAllowed(IPAddress.Parse(caller), Office));
    }

    [Fact]
    public void Without_allowed_networks_only_loopback_may_read()
    {
        Assert.False(MetricsSetup.IsAllowed(IPAddress.Parse("10.20.3.4"), []));
        Assert.True(MetricsSetup.IsAllowed(IPAddress.Loopback, []));
    }
}
