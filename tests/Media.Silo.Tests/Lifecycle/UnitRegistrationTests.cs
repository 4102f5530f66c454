using Media.Abstractions;
using Media.Abstractions.Units;
using Media.Silo.Tests.Infrastructure;

namespace Media.Silo.Tests.Lifecycle;

/// <summary>
/// A filing registers with its unit before the account's index line is written, and a unit that wakes reads its
/// accounts from the index. The duplicate-account count must not depend on the unit staying in memory by luck in
/// between: the unit holds itself until the registration settles.
/// </summary>
[Collection(StorageContracts.Name)]
public sealed class UnitRegistrationTests(RunningSilo running)
{
    private readonly SiloFactory _silo = running.Silo;

    [Fact]
    public async Task An_unsettled_registration_is_still_counted_after_the_silo_collects_idle_grains()
    {
        var unit = await CreateUnitAsync();

        // A filing under way: registered, its index line not written yet (nothing here writes it).
        Assert.Equal(0, await unit.RegisterAccountAsync("weibo:first-under-way", "weibo"));
        await CollectIdleGrainsAsync();

        Assert.Equal(1, await unit.RegisterAccountAsync("weibo:second", "weibo"));
    }

    [Fact]
    public async Task A_settled_unit_may_leave_and_counts_from_the_index_when_it_wakes()
    {
        var unit = await CreateUnitAsync();
        Assert.Equal(0, await unit.RegisterAccountAsync("weibo:never-indexed", "weibo"));
        await unit.SettleAccountAsync("weibo:never-indexed");

        await CollectIdleGrainsAsync();

        // Settled means "its line is in the index"; this one never was, so the woken unit rightly does not count it.
        // It shows the collection above really takes a settled unit, which the first test relies on.
        Assert.Empty(await unit.GetAccountsAsync());
    }

    [Fact]
    public async Task A_reservation_returns_the_unit_and_the_count_and_registers_nothing_for_an_unknown_unit()
    {
        var unit = await CreateUnitAsync();
        Assert.Equal(0, await unit.RegisterAccountAsync("douyin:first", "douyin"));

        var reserved = await unit.ReserveAccountAsync("douyin:second", "douyin");
        Assert.Equal("登记测试单位", reserved.Unit?.Name);
        Assert.Equal(1, reserved.OtherAccountsOnPlatform);

        var unknown = _silo.Grains.Ref<IUnitGrain>(TestCodes.Uscc());
        Assert.Equal(new UnitReservation(null, 0), await unknown.ReserveAccountAsync("douyin:third", "douyin"));
        Assert.Empty(await unknown.GetAccountsAsync());
    }

    private async Task<IUnitGrain> CreateUnitAsync()
    {
        var code = TestCodes.Uscc();
        var unit = _silo.Grains.Ref<IUnitGrain>(code);
        Assert.True(await unit.CreateAsync(new UnitRecord(code, "登记测试单位", "440100", "city", "organ", null, DateTimeOffset.UnixEpoch)));
        return unit;
    }

    private Task CollectIdleGrainsAsync() => _silo.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
}
