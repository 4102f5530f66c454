using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Media.Silo.Tests.Infrastructure;

/// <summary>
/// A summary of everything a silo has persisted: every grain state row, every region index line and violation,
/// and the audit log's size, read
/// from the SQLite file through a read-only connection (WAL lets it read beside the silo's writer).
/// Two equal fingerprints mean nothing was written in between, except what a failed sign-in writes on purpose however
/// bad the request: its audit row and the user's count of failures in a row (the lockout, SPEC §7), which live in the
/// user grain's state and are left out for the one user the sign-in requests name.
/// </summary>
public static class StoreFingerprint
{
    private static readonly string[] Queries =
    [
        """
        SELECT ServiceId, GrainTypeString, GrainIdN0, GrainIdN1, GrainIdExtensionString, Version, PayloadBinary
        FROM OrleansStorage WHERE NOT (GrainTypeString = 'user' AND GrainIdExtensionString = @SignInTarget) ORDER BY 1, 2, 3, 4, 5
        """,
        "SELECT Region, AccountId, Payload FROM MediaIndexLine ORDER BY 1, 2",
        "SELECT Region, ViolationId, Payload FROM MediaIndexViolation ORDER BY 1, 2",
    ];

    /// <summary>"{rows} state and index rows, {n} audit entries, sha256 {hash}": readable in an assertion message.</summary>
    /// <param name="databaseFile">The silo's SQLite file.</param>
    /// <param name="signInTarget">The user whose sign-in counters are left out.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    public static async Task<string> TakeAsync(string databaseFile, string signInTarget = "admin", CancellationToken cancellationToken = default)
    {
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = databaseFile,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var rows = 0;
        foreach (var query in Queries)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = query;
            command.Parameters.AddWithValue("@SignInTarget", signInTarget);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows++;
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    AppendField(hash, reader.IsDBNull(i) ? null : reader.GetValue(i));
                }
            }
        }

        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM MediaAuditLog WHERE Action NOT IN ('auth.failed', 'auth.locked')";
        var audit = Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        return $"{rows} state and index rows, {audit} audit entries, sha256 {Convert.ToHexString(hash.GetHashAndReset())}";
    }

    // Each value is tagged and length-prefixed so that different rows can never hash alike by concatenation.
    private static void AppendField(IncrementalHash hash, object? value)
    {
        var bytes = value switch
        {
            null => [],
            byte[] blob => blob,
            _ => Encoding.UTF8.GetBytes(Convert.ToString(value, CultureInfo.InvariantCulture)!),
        };
        hash.AppendData([value is null ? (byte)0 : value is byte[] ? (byte)1 : (byte)2]);
        hash.AppendData(BitConverter.GetBytes(bytes.Length));
        hash.AppendData(bytes);
    }
}
