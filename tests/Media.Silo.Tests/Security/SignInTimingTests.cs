using System.Diagnostics;
using System.Net;
using Media.Silo.Tests.Infrastructure;

namespace Media.Silo.Tests.Security;

/// <summary>
/// A wrong answer takes as long for a user that does not exist as for one that does, so timing does not tell which
/// usernames exist. Attempts alternate, so a machine busy with other work slows both kinds alike, and medians are
/// compared, so one stalled request does not decide.
/// </summary>
public sealed class SignInTimingTests : IAsyncLifetime
{
    // Twenty wrong passwords in a row would lock the known user after five; this silo locks only much later.
    private readonly SiloFactory _silo = new() { Settings = { ["Auth:Lockout:Failures"] = "100" } };

    [Fact]
    public async Task Failed_sign_ins_of_unknown_and_known_users_take_the_same_time_within_20_percent()
    {
        using var admin = await _silo.AdminAsync();
        var known = await SignInCalls.CreateUserAsync(admin);
        using var http = _silo.CreateClient();
        var knownTimes = new List<double>();
        var unknownTimes = new List<double>();

        for (var i = -3; i < 20; i++)
        {
            // Each unknown name is new, as an attacker's would be; the first rounds only warm both paths up.
            var unknown = await TimeAsync(http, "n" + Guid.NewGuid().ToString("N")[..12]);
            var wrong = await TimeAsync(http, known);
            if (i >= 0)
            {
                (unknownTimes, knownTimes) = ([.. unknownTimes, unknown], [.. knownTimes, wrong]);
            }
        }

        var (unknownMedian, knownMedian) = (Median(unknownTimes), Median(knownTimes));
        var ratio = unknownMedian / knownMedian;
        Assert.True(ratio is > 0.8 and < 1.2,
            $"median of a failed sign-in: unknown user {unknownMedian:F1} ms, known user {knownMedian:F1} ms (ratio {ratio:F2})");
    }

    private static async Task<double> TimeAsync(HttpClient http, string username)
    {
        var watch = Stopwatch.StartNew();
        var response = await SignInCalls.TryAsync(http, username, "Wrong-Guess-1");
        watch.Stop();
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return (sorted[(sorted.Count - 1) / 2] + sorted[sorted.Count / 2]) / 2;
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _silo.DisposeAsync();
}
