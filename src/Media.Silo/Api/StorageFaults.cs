using Microsoft.Data.Sqlite;
using Npgsql;

namespace Media.Silo.Api;

/// <summary>What is wrong with the store, as far as a failed request can tell.</summary>
public enum StorageFault
{
    None = 0,

    /// <summary>The disk (or the database server's) is full: 507.</summary>
    Full = 1,

    /// <summary>The store takes no writes (read-only file or server): 503.</summary>
    ReadOnly = 2,

    /// <summary>The file is damaged: 503 until an operator restores it.</summary>
    Damaged = 3,

    /// <summary>The store cannot be reached or did not answer: 503.</summary>
    Unavailable = 4,
}

/// <summary>
/// Recognises storage failures in an exception and its inner ones. Errors raised inside a grain reach the endpoint
/// through Orleans, which keeps the exception's message even when it cannot rebuild its type, so the messages SQLite,
/// PostgreSQL and the kernel use are recognised as well as the types.
/// </summary>
public static class StorageFaults
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteReadOnly = 8;
    private const int SqliteIoError = 10;
    private const int SqliteCorrupt = 11;
    private const int SqliteFull = 13;
    private const int SqliteCannotOpen = 14;
    private const int SqliteNotADatabase = 26;

    /// <summary>ENOSPC as an IOException's HResult on Linux.</summary>
    private const int NoSpace = 28;

    public static StorageFault Classify(Exception? exception)
    {
        foreach (var e in ExceptionChain.Of(exception))
        {
            var fault = e switch
            {
                SqliteException s => s.SqliteErrorCode switch
                {
                    SqliteFull => StorageFault.Full,
                    SqliteReadOnly => StorageFault.ReadOnly,
                    SqliteCorrupt or SqliteNotADatabase => StorageFault.Damaged,
                    SqliteBusy or SqliteLocked or SqliteIoError or SqliteCannotOpen => StorageFault.Unavailable,
                    _ => StorageFault.None,
                },
                PostgresException p => p.SqlState switch
                {
                    "53100" => StorageFault.Full,
                    "25006" => StorageFault.ReadOnly,
                    "XX001" or "XX002" => StorageFault.Damaged,
                    _ when p.SqlState.StartsWith("08", StringComparison.Ordinal) || p.SqlState.StartsWith("57P", StringComparison.Ordinal)
                        || p.SqlState.StartsWith("53", StringComparison.Ordinal) => StorageFault.Unavailable,
                    _ => StorageFault.None,
                },
                NpgsqlException => StorageFault.Unavailable,
                IOException io when (io.HResult & 0xFFFF) == NoSpace => StorageFault.Full,
                _ => StorageFault.None,
            };
            if (fault == StorageFault.None)
            {
                fault = FromMessage(e.Message);
            }

            if (fault != StorageFault.None)
            {
                return fault;
            }
        }

        return StorageFault.None;
    }

    /// <summary>The status code and the Chinese words for a fault.</summary>
    public static (int Status, string Title, string Detail) Describe(StorageFault fault) => fault switch
    {
        StorageFault.Full => (StatusCodes.Status507InsufficientStorage, "存储空间不足",
            "服务器存储空间已满，本次操作没有保存。请联系系统管理员释放空间后重试。"),
        StorageFault.ReadOnly => (StatusCodes.Status503ServiceUnavailable, "存储只读",
            "存储当前只能读取、不能写入，本次操作没有保存。请联系系统管理员后重试。"),
        StorageFault.Damaged => (StatusCodes.Status503ServiceUnavailable, "存储已损坏",
            "存储文件已损坏，本次操作没有完成。请联系系统管理员从备份恢复。"),
        _ => (StatusCodes.Status503ServiceUnavailable, "存储暂时不可用",
            "存储暂时无法访问，本次操作没有保存。请稍后重试。"),
    };

    private static StorageFault FromMessage(string message) =>
        message.Contains("database or disk is full", StringComparison.OrdinalIgnoreCase)
        || message.Contains("No space left on device", StringComparison.OrdinalIgnoreCase)
        || message.Contains("could not extend file", StringComparison.OrdinalIgnoreCase)
            ? StorageFault.Full
            : message.Contains("readonly database", StringComparison.OrdinalIgnoreCase)
              || message.Contains("read-only transaction", StringComparison.OrdinalIgnoreCase)
                ? StorageFault.ReadOnly
                : message.Contains("database disk image is malformed", StringComparison.OrdinalIgnoreCase)
                  || message.Contains("file is not a database", StringComparison.OrdinalIgnoreCase)
                    ? StorageFault.Damaged
                    : message.Contains("disk I/O error", StringComparison.OrdinalIgnoreCase)
                        ? StorageFault.Unavailable
                        : StorageFault.None;
}
