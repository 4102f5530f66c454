using Media.Abstractions;
using Media.Abstractions.Accounts;
using Media.Abstractions.Index;
using Media.Abstractions.Monitoring;
using Media.Abstractions.Units;

namespace Media.Silo.Tests.Infrastructure;

/// <summary><see cref="GrainRefs.Ref{T}"/> gives the reference Orleans' own <c>GetGrain</c> gives, also when many callers ask at once.</summary>
public sealed class GrainRefsTests : IAsyncLifetime
{
    private readonly SiloFactory _silo = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _silo.DisposeAsync();

    [Fact]
    public async Task Each_reference_has_the_grain_id_and_interface_of_orleans_own_and_reaches_the_same_grain()
    {
        var grains = _silo.Grains;
        var tasks = Enumerable.Range(0, 64).Select(i => Task.Run(() => new[]
        {
            Pair(grains.Ref<IAccountGrain>($"weibo:ref{i}"), grains.GetGrain<IAccountGrain>($"weibo:ref{i}")),
            Pair(grains.Ref<IMonitoredAccount>($"weibo:ref{i}"), grains.GetGrain<IMonitoredAccount>($"weibo:ref{i}")),
            Pair(grains.Ref<IUnitGrain>($"unit{i}"), grains.GetGrain<IUnitGrain>($"unit{i}")),
            Pair(grains.Ref<IRegionIndexGrain>("440104"), grains.GetGrain<IRegionIndexGrain>("440104")),
        }, TestContext.Current.CancellationToken));

        foreach (var (ours, orleans) in (await Task.WhenAll(tasks)).SelectMany(p => p))
        {
            Assert.Equal(orleans.GrainId, ours.GrainId);
            Assert.Equal(orleans.InterfaceType, ours.InterfaceType);
        }

        Assert.Null(await grains.Ref<IAccountGrain>("weibo:never-filed").GetAsync());
    }

    private static (GrainReference Ours, GrainReference Orleans) Pair(object ours, object orleans) =>
        ((GrainReference)ours, (GrainReference)orleans);
}
