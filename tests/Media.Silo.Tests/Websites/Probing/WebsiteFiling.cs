using Media.Abstractions;
using Media.Abstractions.Accounts;

namespace Media.Silo.Tests.Websites.Probing;

/// <summary>Files a website on the account grain, as the website filing does.</summary>
internal static class WebsiteFiling
{
    // Each test files its own website (a class shares a silo): a fresh 网站标识码 under a unit of its own.
    public static async Task<string> FileAsync(WebsiteProbeSilo fixture)
    {
        using var admin = await fixture.Silo.AdminAsync();
        var unit = await admin.CreateUnitAsync();
        var code = "36" + Random.Shared.NextInt64(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var record = GovSite.Record(fixture.Named("/").ToString(), [.. GovSite.FiledColumns]);
        var outcome = await fixture.Silo.Grains.Ref<IAccountGrain>($"website:{code}").OpenAsync(new OpenAccountCommand(
            unit, record.Profile, new DateOnly(2020, 1, 1), null, null, "admin", record.Website));
        Assert.True(outcome.Account is not null, outcome.Error);
        return $"website:{code}";
    }
}
