using System.Net;
using Media.Silo.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Media.Silo.Tests.Security;

/// <summary>A name that no user could have is answered like a wrong password, before any grain wakes or any row is written.</summary>
public sealed class SignInNameTests(SharedSilo shared) : IClassFixture<SharedSilo>
{
    private readonly SiloFactory _silo = shared.Silo;

    [Fact]
    public async Task Five_hundred_sign_ins_with_random_3000_character_usernames_wake_no_user_grain_and_write_no_state()
    {
        using var admin = await _silo.AdminAsync();
        using var http = _silo.CreateClient();
        var management = _silo.Grains.GetGrain<IManagementGrain>(0);
        var usersBefore = await UserActivationsAsync(management);
        var rowsBefore = await StateRowsAsync();

        await Parallel.ForAsync(0, 500, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = TestContext.Current.CancellationToken },
            async (_, cancellationToken) =>
            {
                var name = string.Concat(Enumerable.Range(0, 3000).Select(_ => (char)('a' + Random.Shared.Next(26))));
                var response = await SignInCalls.TryAsync(http, name, "Any-Password-1");
                Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
                Assert.Contains("用户名或密码错误", await response.Content.ReadAsStringAsync(cancellationToken), StringComparison.Ordinal);
            });

        Assert.True(await UserActivationsAsync(management) <= usersBefore, "a user grain woke for a name no user can have");
        Assert.Equal(rowsBefore, await StateRowsAsync());
    }

    private static async Task<int> UserActivationsAsync(IManagementGrain management) =>
        (await management.GetSimpleGrainStatistics())
            .Where(s => s.GrainType.Contains("UserGrain", StringComparison.Ordinal) && !s.GrainType.Contains("Directory", StringComparison.Ordinal))
            .Sum(s => s.ActivationCount);

    private async Task<long> StateRowsAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={_silo.DatabaseFile};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM OrleansStorage";
        return (long)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }
}
