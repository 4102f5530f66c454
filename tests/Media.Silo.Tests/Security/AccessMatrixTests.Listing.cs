using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Media.Silo.Tests.Security;

/// <summary>Listings show only the caller's jurisdiction, whatever filters it asks for.</summary>
public sealed partial class AccessMatrixTests
{
    [Fact]
    public async Task City_supervisor_listing_without_a_region_sees_its_units_and_never_another_city()
    {
        var items = await ListAsync(Caller.CitySupervisor, "");

        var ids = items.Select(i => i["id"]!.GetValue<string>()).ToList();
        Assert.Contains(world.AccountA, ids);
        Assert.Contains(world.AccountB, ids);
        Assert.DoesNotContain(world.AccountC, ids);
        Assert.All(items, i => Assert.StartsWith("4401", i["regionCode"]!.GetValue<string>(), StringComparison.Ordinal));
        Assert.All(items, i => Assert.NotEqual(world.UnitC, i["unitCode"]!.GetValue<string>()));
    }

    [Fact]
    public async Task City_supervisor_searching_for_another_citys_account_finds_nothing()
    {
        var handle = world.AccountC.Split(':')[1];

        var items = await ListAsync(Caller.CitySupervisor, "&q=" + handle);

        Assert.Empty(items);
    }

    [Theory]
    [InlineData("440300")]
    [InlineData("440303")]
    [InlineData("440000")]
    [InlineData("110000")]
    public async Task City_supervisor_asking_for_a_region_outside_its_city_is_refused(string region)
    {
        using var response = await world.ClientOf(Caller.CitySupervisor)
            .GetAsync($"/api/accounts?region={region}", TestContext.Current.CancellationToken);

        Assert.True((int)response.StatusCode is 403 or 404, $"region={region} gave {(int)response.StatusCode}");
    }

    [Fact]
    public async Task City_supervisor_asking_for_a_district_of_its_city_sees_only_that_district()
    {
        var items = await ListAsync(Caller.CitySupervisor, "&region=440104");

        Assert.Contains(items, i => i["id"]!.GetValue<string>() == world.AccountA);
        Assert.All(items, i => Assert.Equal("440104", i["regionCode"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("&region=440104")]
    [InlineData("&region=440100")]
    [InlineData("&region=440000")]
    [InlineData("&platform=weibo")]
    [InlineData("&status=active")]
    public async Task Unit_user_listing_contains_only_its_own_accounts(string filter)
    {
        var items = await ListAsync(Caller.UnitA, filter);

        Assert.Contains(items, i => i["id"]!.GetValue<string>() == world.AccountA);
        Assert.All(items, i => Assert.Equal(world.UnitA, i["unitCode"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("440303")]
    [InlineData("440300")]
    public async Task Unit_user_asking_for_another_region_gets_nothing(string region)
    {
        await AssertDeniedOrEmptyAsync(Caller.UnitA, "&region=" + region);
    }

    [Fact]
    public async Task Unit_user_searching_for_another_units_account_gets_nothing()
    {
        await AssertDeniedOrEmptyAsync(Caller.UnitA, "&q=" + world.AccountB.Split(':')[1]);
    }

    private async Task AssertDeniedOrEmptyAsync(Caller caller, string filter)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var response = await world.ClientOf(caller).GetAsync("/api/accounts?pageSize=200" + filter, cancellationToken);
        var status = (int)response.StatusCode;
        if (status is 403 or 404)
        {
            return;
        }

        Assert.Equal(200, status);
        var list = (await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken))!;
        Assert.Empty(list["items"]!.AsArray());
        Assert.Equal(0, list["total"]!.GetValue<int>());
    }

    private async Task<IReadOnlyList<JsonObject>> ListAsync(Caller caller, string filter)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var response = await world.ClientOf(caller).GetAsync("/api/accounts?pageSize=200" + filter, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"listing {filter} as {caller}: {(int)response.StatusCode} {Shorten(body)}");
        var list = JsonNode.Parse(body)!.AsObject();
        var items = list["items"]!.AsArray().Select(i => i!.AsObject()).ToList();
        Assert.True(list["total"]!.GetValue<int>() == items.Count, "every match fits in one page of 200, so total equals the items");
        return items;
    }
}
