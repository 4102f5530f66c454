using System.Net;
using Media.Cli.Tests.Infrastructure;

namespace Media.Cli.Tests;

/// <summary><c>media backup</c>: a copy taken while the silo runs restores into a new data directory with nothing lost.</summary>
public sealed class BackupTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("media-backup-").FullName;

    [Fact]
    public async Task A_backup_taken_while_the_silo_runs_restores_with_the_same_accounts_violations_and_audit_rows()
    {
        Counts before;
        var file = Path.Combine(_folder, "media-backup.db");
        await using (var silo = new CliSilo())
        {
            using var admin = await silo.AdminAsync();
            var unit = await admin.CreateUnitAsync();
            for (var i = 0; i < 4; i++)
            {
                await admin.FileAccountAsync(unit, "weibo", $"backup-{i}");
            }

            var accounts = (await admin.GetJsonAsync("/api/accounts?pageSize=10"))["items"]!.AsArray();
            foreach (var account in accounts.Take(2))
            {
                using var reported = await admin.PostAsync("/api/violations",
                    new { accountId = account!["id"]!.GetValue<string>(), rule = "no-interaction", note = "留言板长期无回复" });
                Assert.Equal(HttpStatusCode.Created, reported.StatusCode);
            }

            before = await CountsAsync(admin);
            // The filings' own findings (filed two years late) add violations of their own beside the two reported.
            Assert.True(before is { Accounts: 4, Violations: >= 2, AuditRows: >= 4 }, before.ToString());

            var run = await CliRun.RunAsync(["backup", file, "--data-dir", silo.DataDir]);
            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Contains("已备份", run.Out, StringComparison.Ordinal);

            var again = await CliRun.RunAsync(["backup", file, "--data-dir", silo.DataDir]);
            Assert.True(again.ExitCode == 2 && again.Error.Contains("已存在", StringComparison.Ordinal), again.ToString());
        }

        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }

        // Restore as README says: a new data directory with the file as its database, and a silo started on it.
        var restoredDir = Path.Combine(_folder, "restored");
        Directory.CreateDirectory(restoredDir);
        File.Copy(file, Path.Combine(restoredDir, "media.db"));
        await using var restored = new CliSilo(restoredDir);
        using var restoredAdmin = await restored.AdminAsync();
        Assert.Equal(before, await CountsAsync(restoredAdmin));
    }

    [Fact]
    public async Task The_cluster_profile_prints_the_pg_dump_command_without_the_password()
    {
        var run = await CliRun.RunAsync(["backup", "media.dump", "--profile", "cluster"],
            variables: name => name == "ConnectionStrings__Postgres" ? "Host=db.example;Port=5433;Database=media;Username=media;Password=s3cret" : null);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("pg_dump --format=custom --file=media.dump --host=db.example --port=5433 --username=media --dbname=media", run.Out,
            StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", run.Out, StringComparison.Ordinal);
    }

    private static async Task<Counts> CountsAsync(Api admin) => new(
        (await admin.GetJsonAsync("/api/accounts?pageSize=1"))["total"]!.GetValue<int>(),
        (await admin.GetJsonAsync("/api/violations?pageSize=1"))["total"]!.GetValue<int>(),
        (await admin.GetJsonAsync("/api/audit/verify"))["rows"]!.GetValue<int>());

    private sealed record Counts(int Accounts, int Violations, int AuditRows);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a pooled connection; the temp cleaner gets it later.
        }
    }
}
