using System.Data.Common;

namespace Media.Storage;

/// <summary>
/// The SQLite query texts of Orleans' grain storage. They ship inside this assembly rather than in the operator's
/// <c>silo-config/sql/sqlite/</c>, because the group-commit interception of <see cref="Performance.TunedSqliteDataSource"/>
/// depends on their shape; <see cref="StoreSchema"/> refuses to start when a later script has changed them.
/// </summary>
internal static class GrainStorageQueries
{
    /// <summary>The query keys whose texts the interception depends on.</summary>
    public static readonly string[] Keys = ["ReadFromStorageKey", "WriteToStorageKey", "ClearStorageKey"];

    private const string ResourceName = "Media.Storage.sqlite-grain-storage.sql";

    /// <summary>The embedded script that creates Orleans' tables and installs the query texts.</summary>
    public static string Script()
    {
        using var stream = typeof(GrainStorageQueries).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource {ResourceName} is missing from Media.Storage.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The texts of <see cref="Keys"/> as the store holds them now (absent keys are absent).</summary>
    public static async Task<Dictionary<string, string>> ReadAsync(DbConnection connection, DbTransaction? transaction,
        CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(connection, transaction,
            "SELECT QueryKey, QueryText FROM OrleansQuery WHERE QueryKey IN (@Read, @Write, @Clear)");
        Sql.Add(command, "Read", Keys[0]);
        Sql.Add(command, "Write", Keys[1]);
        Sql.Add(command, "Clear", Keys[2]);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            texts[reader.GetString(0)] = reader.GetString(1);
        }

        return texts;
    }

    /// <summary>Fails, naming <paramref name="script"/>, when it left any text other than <paramref name="installed"/>.</summary>
    public static void ThrowIfChanged(IReadOnlyDictionary<string, string> installed, IReadOnlyDictionary<string, string> now, string script)
    {
        var changed = Keys.Where(key => !now.TryGetValue(key, out var text) || text != installed[key]).ToList();
        if (changed.Count > 0)
        {
            throw new InvalidOperationException(
                $"The schema script {script} changed Orleans' grain-storage queries ({string.Join(", ", changed)}) in OrleansQuery. " +
                "Media's SQLite write path depends on those texts, so they are installed from Media.Storage " +
                "(Scripts/sqlite-grain-storage.sql) and may not be changed by the scripts in silo-config/sql/sqlite/: " +
                "remove those statements from the script.");
        }
    }
}
