using System.Data.Common;

namespace Media.Storage.Performance;

/// <summary>One transaction of the <see cref="StoreWriter"/>; statements are prepared once per transaction, whoever uses them.</summary>
internal sealed class WriteBatch(DbConnection connection, DbTransaction transaction, ChainLane lane) : IAsyncDisposable
{
    private readonly Dictionary<string, (DbCommand Command, DbParameter[] Parameters)> _statements = new(StringComparer.Ordinal);
    private readonly List<DbCommand> _disposeLater = [];

    /// <summary>The audit chain's head as this transaction left it (null until its first chained append).</summary>
    public string? ChainHead { get; set; }

    /// <summary>The chain lane this transaction appends to (null until its first chained append; 0 on SQLite).</summary>
    public long? ChainLane { get; set; }

    /// <summary>The writer's lane as its committed transactions left it.</summary>
    public ChainLane Lane => lane;

    /// <summary>Runs <paramref name="text"/> with <paramref name="values"/> bound to <paramref name="names"/> in order.</summary>
    public Task<int> ExecuteAsync(string text, string[] names, params object?[] values) => Bind(text, names, values).ExecuteNonQueryAsync();

    /// <summary>As <see cref="ExecuteAsync"/>, answering every row the statement returns (its RETURNING clause).</summary>
    public async Task<RowsReader> ReadAsync(string text, string[] names, params object?[] values)
    {
        await using var reader = await Bind(text, names, values).ExecuteReaderAsync();
        return await RowsReader.LoadAsync(reader);
    }

    /// <summary>As <see cref="ExecuteAsync"/>, answering the first column of the first row (null when none).</summary>
    public async Task<object?> ScalarAsync(string text, string[] names, params object?[] values) =>
        await Bind(text, names, values).ExecuteScalarAsync() is { } value and not DBNull ? value : null;

    public async ValueTask DisposeAsync()
    {
        foreach (var command in _statements.Values.Select(s => s.Command).Concat(_disposeLater))
        {
            await command.DisposeAsync();
        }
    }

    private static bool SameNames(DbParameter[] parameters, string[] names) =>
        parameters.Length == names.Length && parameters.Select(p => p.ParameterName).SequenceEqual(names, StringComparer.Ordinal);

    private DbCommand Bind(string text, string[] names, object?[] values)
    {
        if (!_statements.TryGetValue(text, out var statement) || !SameNames(statement.Parameters, names))
        {
            if (statement.Command is not null)
            {
                // The same text with other parameter names (not Media's own statements): not reused.
                _disposeLater.Add(statement.Command);
            }

            _statements[text] = statement = Sql.Repeated(connection, transaction, text, names);
        }

        Sql.Set(statement.Parameters, values);
        return statement.Command;
    }
}
