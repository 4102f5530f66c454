using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Media.Silo.Tests.Infrastructure;

namespace Media.Silo.Tests.Lifecycle;

/// <summary>
/// A sheet import killed halfway is resumed by sending the same sheet again: the rest is filed, the rows filed before
/// the kill are reported, and no row is filed twice; <c>onExisting=skip</c> re-imports a filed sheet without refusing it.
/// </summary>
[Collection(RunsAlone.Name)]
public sealed class InterruptedImportTests : IDisposable
{
    private const string Password = "Interrupted-Import-Password-1";
    private const int Rows = 5_000;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly TempDirectory _data = new("media-import-kill");

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task The_same_sheet_sent_after_SIGKILL_files_the_rest_once_and_skip_reimports_it_whole()
    {
        object sheet;
        int storedAtKill;
        await using (var silo = await SiloProcess.StartAsync(_data.Path, Password, StartTimeout))
        {
            using var admin = await MediaClient.SignInAsync(silo.CreateClient(), "admin", Password);
            var units = new List<string>();
            for (var u = 0; u < 50; u++)
            {
                units.Add(await admin.CreateUnitAsync());
            }

            sheet = new { rows = Enumerable.Range(0, Rows).Select(i => MediaClient.OpeningBody(units[i % units.Count], "weibo", $"sheet{i:D4}")).ToList() };
            var import = admin.PostAsync("/api/imports/accounts", sheet);

            // Killed once a good part of the sheet is in storage, and before all of it is.
            var waited = Stopwatch.StartNew();
            while ((await StoredAccounts.IdsAsync(_data.Path)).Count < Rows / 5 && waited.Elapsed < TimeSpan.FromSeconds(60) && !import.IsCompleted)
            {
                await Task.Delay(20);
            }

            await silo.KillAsync();
            await Assert.ThrowsAnyAsync<Exception>(() => import);
        }

        storedAtKill = (await StoredAccounts.IdsAsync(_data.Path)).Count;
        Assert.InRange(storedAtKill, 1, Rows - 1);

        await using var restarted = await SiloProcess.StartAsync(_data.Path, Password, StartTimeout);
        // Filing thousands of rows may take longer than the usual client's 30 s on a loaded machine.
        using var again = await MediaClient.SignInAsync(
            new HttpClient { BaseAddress = restarted.Address, Timeout = TimeSpan.FromMinutes(5) }, "admin", Password);
        var resent = await again.PostAsync("/api/imports/accounts", sheet);
        var result = await MediaClient.ReadJsonAsync(resent);
        Assert.True(resent.StatusCode == HttpStatusCode.OK, result.ToJsonString());
        Assert.True(result["resumed"]!.GetValue<bool>());
        Assert.Equal(storedAtKill, result["skipped"]!.AsArray().Count);
        Assert.Equal(Rows - storedAtKill, result["filed"]!.GetValue<int>());
        Assert.Empty(result["failed"]!.AsArray());

        Assert.Equal(Rows, (await StoredAccounts.IdsAsync(_data.Path)).Count);
        var audits = await StoredAccounts.OpeningAuditsAsync(_data.Path);
        Assert.Equal(Rows, audits.Count);
        Assert.Equal(Rows, audits.Distinct(StringComparer.Ordinal).Count());

        // The sheet ran to its end: sent again as it is, it is refused whole; with onExisting=skip every row is skipped.
        var refused = await again.PostAsync("/api/imports/accounts", sheet);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var skipped = await again.PostAsync("/api/imports/accounts?onExisting=skip", sheet);
        var skipResult = await MediaClient.ReadJsonAsync(skipped);
        Assert.True(skipped.StatusCode == HttpStatusCode.OK, skipResult.ToJsonString());
        Assert.Equal(0, skipResult["filed"]!.GetValue<int>());
        Assert.Equal(Rows, skipResult["skipped"]!.AsArray().Count);
        Assert.Empty(skipResult["failed"]!.AsArray());
        Assert.Equal(Rows, (await StoredAccounts.OpeningAuditsAsync(_data.Path)).Count);
    }
}
