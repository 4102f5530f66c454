using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Media.Cli.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Media.Cli.Tests;

/// <summary><c>media audit verify</c> and <c>GET /api/audit/verify</c> against a real silo whose SQLite file is then tampered with.</summary>
public sealed class AuditVerifyTests
{
    [Fact]
    public async Task An_untouched_log_verifies_and_a_changed_row_is_named_by_the_api_and_fails_the_command()
    {
        await using var silo = new CliSilo();
        using var admin = await silo.AdminAsync();
        var unit = await admin.CreateUnitAsync();
        await admin.FileAccountAsync(unit, "weibo", "audit-trail");

        var intact = await silo.RunCliAsync("admin", CliSilo.AdminPassword, "audit", "verify");
        var unitRow = await TamperAsync(silo.DatabaseFile, unit);
        var broken = await silo.RunCliAsync("admin", CliSilo.AdminPassword, "audit", "verify");
        using var http = silo.CreateClient();
        using var api = await Api.SignInAsync(http, "admin", CliSilo.AdminPassword);
        var report = await http.GetFromJsonAsync<JsonObject>("/api/audit/verify", TestContext.Current.CancellationToken);

        Assert.True(intact.ExitCode == 0, intact.ToString());
        Assert.Contains("审计日志完整", intact.Out, StringComparison.Ordinal);
        Assert.True(broken.ExitCode == 1, broken.ToString());
        Assert.Contains($"第 {unitRow} 行", broken.Out, StringComparison.Ordinal);
        Assert.False(report!["ok"]!.GetValue<bool>());
        Assert.Equal(unitRow, report["firstBrokenAt"]!.GetValue<long>());
    }

    [Fact]
    public async Task A_user_who_is_not_an_admin_is_told_so_with_exit_code_2()
    {
        await using var silo = new CliSilo();
        using var admin = await silo.AdminAsync();
        var (user, password) = await admin.CreateSupervisorAsync("440100");

        var run = await silo.RunCliAsync(user, password, "audit", "verify");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("只有系统管理员", run.Error, StringComparison.Ordinal);
    }

    // Someone with the file but not the application: drops the trigger and rewrites who registered the unit.
    private static async Task<long> TamperAsync(string databaseFile, string unitCode)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databaseFile, Pooling = false }.ToString());
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            DROP TRIGGER MediaAuditLog_NoUpdate;
            UPDATE MediaAuditLog SET Actor = 'nobody' WHERE Subject = $subject;
            SELECT Id FROM MediaAuditLog WHERE Subject = $subject;
            """;
        command.Parameters.AddWithValue("$subject", "unit:" + unitCode);
        return (long)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }
}
