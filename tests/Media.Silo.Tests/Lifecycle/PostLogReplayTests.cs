using System.Globalization;
using System.Net;
using Media.Silo.Tests.Infrastructure;

namespace Media.Silo.Tests.Lifecycle;

/// <summary>
/// Pushed posts are acknowledged once they are in the post log; the account grains write their state up to
/// twenty seconds later. A silo killed in between must lose none of them: the grains replay the log when they wake.
/// </summary>
public sealed class PostLogReplayTests : IDisposable
{
    private const string Password = "Post-Log-Password-1";
    private const int Accounts = 40;
    private const int PostsPerAccount = 5;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly TempDirectory _data = new("media-postlog");

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Posts_acknowledged_before_a_SIGKILL_are_all_there_after_restart()
    {
        var ids = new List<string>();
        var latest = TimeProvider.System.GetUtcNow().AddHours(-1);
        await using (var silo = await SiloProcess.StartAsync(_data.Path, Password, StartTimeout))
        {
            using var admin = await MediaClient.SignInAsync(silo.CreateClient(), "admin", Password);
            var unit = await admin.CreateUnitAsync();
            for (var i = 0; i < Accounts; i++)
            {
                ids.Add((await admin.FileAccountAsync(unit, "weibo", $"replay{i:D2}"))["id"]!.GetValue<string>());
            }

            // Each batch touches every account once, as an integrator's push does.
            for (var p = 0; p < PostsPerAccount; p++)
            {
                var items = ids.Select(id => new
                {
                    accountId = id,
                    postId = $"{id}-{p}",
                    publishedAt = latest.AddMinutes(p - PostsPerAccount + 1).ToString("O", CultureInfo.InvariantCulture),
                    title = "政务公开",
                }).ToArray();
                var response = await admin.PostAsync("/api/posts", new { items });
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Equal(Accounts, (await MediaClient.ReadJsonAsync(response))["accepted"]!.GetValue<int>());
            }

            // Well inside the deferred-write delay: the grains' states still lack these posts.
            await silo.KillAsync();
        }

        await using var restarted = await SiloProcess.StartAsync(_data.Path, Password, StartTimeout);
        using var reader = await MediaClient.SignInAsync(restarted.CreateClient(), "admin", Password);
        foreach (var id in ids)
        {
            var account = await reader.GetJsonAsync($"/api/accounts/{id}");
            Assert.Equal(PostsPerAccount, account["activity"]!["posts7d"]!.GetValue<int>());
        }

        // A post pushed again after the restart is a duplicate, not a second post.
        var again = await reader.PostAsync("/api/posts", new
        {
            items = new[] { new { accountId = ids[0], postId = $"{ids[0]}-0", publishedAt = latest.ToString("O", CultureInfo.InvariantCulture), title = "政务公开" } },
        });
        var result = await MediaClient.ReadJsonAsync(again);
        Assert.Equal(0, result["accepted"]!.GetValue<int>());
        Assert.Equal(1, result["duplicates"]!.GetValue<int>());
    }
}
