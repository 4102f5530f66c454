using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Media.Storage.Performance;

/// <summary>Takes the connection's write turn before a statement that may write runs, or hands it to the group writer.</summary>
internal sealed class GatedCommand : SqliteCommand
{
    protected override async Task<DbDataReader> ExecuteDbDataReaderAsync(CommandBehavior behavior, CancellationToken cancellationToken)
    {
        if (Transaction is null && Owner is { Grouped: { } grouped, HoldsTurn: false } && Writes)
        {
            var parameters = Parameters.Cast<SqliteParameter>().ToArray();
            var names = parameters.Select(p => p.ParameterName).ToArray();
            var values = parameters.Select(p => p.Value).ToArray();
            var text = CommandText;
            return await grouped.WriteAsync(batch => batch.ReadAsync(text, names, values));
        }

        return await base.ExecuteDbDataReaderAsync(behavior, cancellationToken);
    }

    public override SqliteDataReader ExecuteReader(CommandBehavior behavior)
    {
        if (Writes)
        {
            Owner.TakeTurn();
        }

        return base.ExecuteReader(behavior);
    }

    public override async Task<SqliteDataReader> ExecuteReaderAsync(CommandBehavior behavior, CancellationToken cancellationToken)
    {
        await TakeTurnIfWritingAsync(cancellationToken);
        return await base.ExecuteReaderAsync(behavior, cancellationToken);
    }

    public override async Task<int> ExecuteNonQueryAsync(CancellationToken cancellationToken)
    {
        await TakeTurnIfWritingAsync(cancellationToken);
        return await base.ExecuteNonQueryAsync(cancellationToken);
    }

    public override async Task<object?> ExecuteScalarAsync(CancellationToken cancellationToken)
    {
        await TakeTurnIfWritingAsync(cancellationToken);
        return await base.ExecuteScalarAsync(cancellationToken);
    }

    private TunedSqliteConnection Owner => (TunedSqliteConnection)Connection!;

    private bool Writes => TunedSqliteDataSource.MayWrite(CommandText);

    private ValueTask TakeTurnIfWritingAsync(CancellationToken cancellationToken) =>
        Writes ? Owner.TakeTurnAsync(cancellationToken) : ValueTask.CompletedTask;
}
