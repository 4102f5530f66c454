using System.Globalization;

namespace Media.Silo.Hosting;

/// <summary>
/// The silo's data directory: private to the user who runs Media, and used by one process at a time. The SQLite
/// store (and with it the token keys) lives here, so the directory is 700 and the store's files 600; two processes
/// on one SQLite store would each cache grain state and overwrite the other's, so the second one is refused.
/// </summary>
internal sealed class DataDirectory : IHostedService, IDisposable
{
    public const string LockFileName = "media.lock";

    private const UnixFileMode Private = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode PrivateFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private readonly FileStream _lock;

    private DataDirectory(FileStream held) => _lock = held;

    /// <summary>
    /// Creates the directory if needed, makes it and the store's files private, and takes its lock; the reason
    /// instead when another process holds it.
    /// </summary>
    /// <param name="path">The directory.</param>
    /// <param name="embedded">True for the embedded profile, whose SQLite store lives here and which is locked.</param>
    /// <param name="clock">For the time written into the lock file.</param>
    public static (DataDirectory? Held, string? Refusal) Take(string path, bool embedded, TimeProvider clock)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            Directory.CreateDirectory(path, Private);
            File.SetUnixFileMode(path, Private);
            foreach (var file in Directory.EnumerateFiles(path, "media.db*"))
            {
                File.SetUnixFileMode(file, PrivateFile);
            }

            // SQLite gives its -wal and -shm files the mode of the database file, so a store created 600 stays private.
            var store = Path.Combine(path, "media.db");
            if (embedded && !File.Exists(store))
            {
                using var created = new FileStream(store, new FileStreamOptions
                {
                    Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = PrivateFile,
                });
            }
        }

        return embedded ? Lock(path, clock) : (null, null);
    }

    private static (DataDirectory?, string?) Lock(string path, TimeProvider clock)
    {
        var file = Path.Combine(path, LockFileName);
        var options = new FileStreamOptions { Mode = FileMode.OpenOrCreate, Access = FileAccess.ReadWrite, Share = FileShare.ReadWrite };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = PrivateFile;
        }

        var stream = new FileStream(file, options);
        if (OperatingSystem.IsMacOS())
        {
            // .NET offers no record locks there; Media is deployed on Linux (and Windows), where they exist.
            return (new DataDirectory(stream), null);
        }

        try
        {
            // A record lock held by the process: the kernel drops it when the process ends, even on kill -9.
            stream.Lock(0, 1);
        }
        catch (IOException)
        {
            var holder = new StreamReader(stream).ReadToEnd().Trim();
            stream.Dispose();
            return (null, $"数据目录 {path} 已被另一个 Media 进程使用（锁文件 {file}：{(holder.Length == 0 ? "持有者未知" : holder)}）。"
                + "同一数据目录只能由一个进程使用，请先停止该进程，或用 Media:DataDir 指定另一个目录。");
        }

        stream.SetLength(0);
        using (var writer = new StreamWriter(stream, leaveOpen: true))
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture,
                $"pid {Environment.ProcessId} on {Environment.MachineName} since {clock.GetUtcNow():yyyy-MM-dd HH:mm:ss} UTC"));
        }

        stream.Flush();
        return (new DataDirectory(stream), null);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose() => _lock.Dispose();
}

/// <summary>Takes the data directory before anything opens the store.</summary>
internal static class DataDirectorySetup
{
    /// <summary>Null when the directory is ready (and, for the embedded profile, locked); otherwise why the silo must not start.</summary>
    public static string? TakeDataDirectory(this WebApplicationBuilder builder)
    {
        var options = MediaOptionsValidator.ReadOrThrow(builder.Configuration);
        // Only the embedded profile keeps its store here; cluster silos share PostgreSQL and may share a machine.
        var (held, refusal) = DataDirectory.Take(options.DataDirectory, options.Profile == Profiles.Embedded, TimeProvider.System);
        if (held is not null)
        {
            builder.Services.AddSingleton<IHostedService>(_ => held);
        }

        return refusal;
    }
}
