using System.Net;
using Media.Silo.Tests.Infrastructure;

namespace Media.Silo.Tests.Lifecycle;

/// <summary>
/// A unit's account list is not stored with the unit but read from its region index when the unit grain wakes:
/// after a restart the unit still knows its accounts, and the duplicate-account rule still counts them.
/// </summary>
public sealed class UnitAccountsAfterRestartTests : IDisposable
{
    private const string Password = "Unit-Restart-Password-1";
    private readonly TempDirectory _data = new("media-unit-restart");

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task A_restarted_silo_still_counts_a_units_accounts_on_a_platform()
    {
        string unit;
        await using (var silo = await SiloProcess.StartAsync(_data.Path, Password, TimeSpan.FromSeconds(60)))
        {
            using var admin = await MediaClient.SignInAsync(silo.CreateClient(), "admin", Password);
            unit = await admin.CreateUnitAsync();
            var first = await admin.FileAccountAsync(unit, "weibo", "firstweibo");
            Assert.DoesNotContain(first["findings"]!.AsArray(), f => f!["rule"]!.GetValue<string>() == "duplicate-account");
            await admin.FileAccountAsync(unit, "douyin", "firstdouyin");
            await silo.KillAsync();
        }

        await using var restarted = await SiloProcess.StartAsync(_data.Path, Password, TimeSpan.FromSeconds(60));
        using var reader = await MediaClient.SignInAsync(restarted.CreateClient(), "admin", Password);
        var accounts = (await reader.GetJsonAsync($"/api/units/{unit}"))["accounts"]!.AsArray()
            .Select(a => a!["accountId"]!.GetValue<string>()).ToList();
        Assert.Equal(["douyin:firstdouyin", "weibo:firstweibo"], accounts);

        var second = await reader.PostAsync("/api/accounts", MediaClient.OpeningBody(unit, "weibo", "secondweibo"));
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Contains((await MediaClient.ReadJsonAsync(second))["findings"]!.AsArray(), f => f!["rule"]!.GetValue<string>() == "duplicate-account");
    }
}
