using Media.Silo.Api;
using Orleans.Runtime;
using Orleans.Runtime.Messaging;

namespace Media.Silo.Tests.Cluster;

/// <summary>Which failures <see cref="ClusterFaults"/> takes for a lost silo (503, reads retried) and which stay bugs (500).</summary>
public sealed class ClusterFaultsTests
{
    [Fact]
    public void A_silo_lost_under_a_use_case_or_a_parallel_call_is_recognised()
    {
        Assert.True(ClusterFaults.IsSiloLoss(new SiloUnavailableException("silo gone")));
        Assert.True(ClusterFaults.IsSiloLoss(new InvalidOperationException("filing failed", new ConnectionFailedException("refused"))));
        Assert.True(ClusterFaults.IsSiloLoss(new AggregateException(new TimeoutException(), new SiloUnavailableException())));
    }

    [Fact]
    public void Other_failures_are_not_taken_for_a_lost_silo()
    {
        Assert.False(ClusterFaults.IsSiloLoss(null));
        Assert.False(ClusterFaults.IsSiloLoss(new InvalidOperationException("a bug")));
        Assert.False(ClusterFaults.IsSiloLoss(new TimeoutException("a grain call took too long")));
    }
}
