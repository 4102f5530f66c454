using Media.Cli.CommandLine;
using Microsoft.Data.Sqlite;

namespace Media.Cli.Backup;

/// <summary>
/// <c>media backup &lt;file&gt;</c>: a consistent copy of the embedded profile's SQLite store, taken while the silo runs
/// (<c>VACUUM INTO</c> reads one snapshot of the database, WAL included, and writes a compact file); for the cluster
/// profile, the <c>pg_dump</c> command to run, since PostgreSQL's own tool is the one to trust there.
/// </summary>
internal static class BackupCommand
{
    private const UnixFileMode PrivateFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, CliEnvironment env)
    {
        var parsed = ParsedArguments.Parse(args, ["--data-dir", "--profile"], ["--help"]);
        if (parsed.Has("--help"))
        {
            await env.Out.WriteAsync(Help.Backup);
            return ExitCodes.Ok;
        }

        if (parsed.Positionals is not [var target])
        {
            throw new UsageException("请给出一个备份文件路径，例如 media backup media-20260101.db");
        }

        var settings = SiloSettings.Find(parsed.Option("--data-dir"), parsed.Option("--profile"), env);
        return settings.Profile switch
        {
            "embedded" => await BackUpSqliteAsync(settings, Path.GetFullPath(target), env),
            "cluster" => await PrintPgDumpAsync(settings, target, env),
            _ => throw new UsageException($"未知的部署方式 {settings.Profile}（应为 embedded 或 cluster）"),
        };
    }

    private static async Task<int> BackUpSqliteAsync(SiloSettings settings, string target, CliEnvironment env)
    {
        if (!File.Exists(settings.DatabaseFile))
        {
            await env.Error.WriteLineAsync($"错误：找不到数据库文件 {settings.DatabaseFile}。请用 --data-dir 指定 Media:DataDir 所指的数据目录。");
            return ExitCodes.Usage;
        }

        if (File.Exists(target))
        {
            await env.Error.WriteLineAsync($"错误：{target} 已存在。备份不覆盖已有文件，请换一个文件名。");
            return ExitCodes.Usage;
        }

        // The copy holds password hashes and the token signing keys: it is created private, like the store itself.
        var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            create.UnixCreateMode = PrivateFile;
        }

        await new FileStream(target, create).DisposeAsync();

        var connection = new SqliteConnectionStringBuilder
        {
            DataSource = settings.DatabaseFile, Mode = SqliteOpenMode.ReadWrite, Pooling = false,
            // A running silo writes in short transactions; a busy database is waited for rather than refused.
            DefaultTimeout = 60,
        };
        try
        {
            await using var db = new SqliteConnection(connection.ToString());
            await db.OpenAsync();
            await using var command = db.CreateCommand();
            command.CommandText = "VACUUM INTO @target";
            command.Parameters.AddWithValue("@target", target);
            await command.ExecuteNonQueryAsync();
        }
        catch (SqliteException e)
        {
            File.Delete(target);
            await env.Error.WriteLineAsync($"错误：备份失败：{e.Message}");
            return ExitCodes.Usage;
        }

        await env.Out.WriteLineAsync($"已备份 {settings.DatabaseFile} → {target}（{new FileInfo(target).Length:N0} 字节）。");
        await env.Out.WriteLineAsync($"恢复：停止 silo，把该文件放入新的数据目录并命名为 {SiloSettings.DatabaseFileName}，再以该目录启动。");
        return ExitCodes.Ok;
    }

    private static async Task<int> PrintPgDumpAsync(SiloSettings settings, string target, CliEnvironment env)
    {
        var parts = PostgresParts(settings.Postgres);
        var arguments = new List<string> { "pg_dump", "--format=custom", $"--file={Quote(target)}" };
        arguments.AddRange(new[] { ("host", "--host"), ("port", "--port"), ("username", "--username"), ("database", "--dbname") }
            .Where(p => parts.ContainsKey(p.Item1))
            .Select(p => $"{p.Item2}={Quote(parts[p.Item1])}"));
        await env.Out.WriteLineAsync("集群部署的数据在 PostgreSQL 中，请在能连接数据库的机器上用 PostgreSQL 自带的工具备份（可在 silo 运行时进行）：");
        await env.Out.WriteLineAsync("  " + string.Join(' ', arguments));
        await env.Out.WriteLineAsync("恢复：停止所有 silo，pg_restore --clean --if-exists --dbname=<库名> " + Quote(target) + "，再启动。");
        if (parts.Count == 0)
        {
            await env.Out.WriteLineAsync("（未读到 ConnectionStrings__Postgres，请补上 --host、--username 和 --dbname。）");
        }

        return ExitCodes.Ok;
    }

    // Npgsql's "Host=…;Database=…" form, keys in lower case; the password is left out on purpose (pg_dump asks for it
    // or reads ~/.pgpass), so the printed command can be pasted into a ticket.
    private static Dictionary<string, string> PostgresParts(string? connectionString) =>
        (connectionString ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Split('=', 2, StringSplitOptions.TrimEntries))
            .Where(p => p.Length == 2)
            .Select(p => (Key: p[0].ToLowerInvariant() switch { "server" => "host", "user id" or "user" or "userid" => "username", _ => p[0].ToLowerInvariant() }, Value: p[1]))
            .Where(p => p.Key is "host" or "port" or "username" or "database")
            .GroupBy(p => p.Key)
            .ToDictionary(g => g.Key, g => g.Last().Value);

    private static string Quote(string value) => value.Any(c => char.IsWhiteSpace(c) || c is '\'' or '"' or '$' or '\\')
        ? "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'"
        : value;
}
