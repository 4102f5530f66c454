using System.Globalization;
using Media.Abstractions.Sampling;
using Media.Abstractions.Storage;
using Media.Storage.Performance;
using Orleans.Serialization;

namespace Media.Storage;

/// <summary>The samplings' inspections as the <c>MediaSamplingInspection</c> table, payloads in Orleans' binary format.</summary>
internal sealed class SqlSamplingInspections(StoreConnection store, StoreWriter writer, Serializer serializer) : ISamplingInspections
{
    private static readonly string[] RowColumns = ["SamplingId", "AccountId", "Position", "Payload"];

    public async Task<IReadOnlyList<(long Order, InspectionRecord Inspection)>> LoadAsync(string samplingId)
    {
        await using var connection = await store.OpenAsync();
        await using var command = Sql.Command(connection, null,
            "SELECT Position, Payload FROM MediaSamplingInspection WHERE SamplingId = @SamplingId ORDER BY Position");
        Sql.Add(command, "SamplingId", samplingId);
        var inspections = new List<(long, InspectionRecord)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            inspections.Add((Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture), serializer.Deserialize<InspectionRecord>((byte[])reader.GetValue(1))!));
        }

        return inspections;
    }

    public async Task SaveAsync(string samplingId, IReadOnlyList<(long Order, InspectionRecord Inspection)> inspections)
    {
        // The payloads are made before the batch; the write itself only binds and runs statements.
        var rows = inspections.Select(i => (i.Inspection.AccountId, i.Order, Payload: serializer.SerializeToArray(i.Inspection))).ToList();
        await writer.WriteAsync(async batch =>
        {
            foreach (var (accountId, order, payload) in rows)
            {
                await batch.ExecuteAsync("""
                    INSERT INTO MediaSamplingInspection (SamplingId, AccountId, Position, Payload) VALUES (@SamplingId, @AccountId, @Position, @Payload)
                    ON CONFLICT (SamplingId, AccountId) DO UPDATE SET Position = excluded.Position, Payload = excluded.Payload
                    """, RowColumns, samplingId, accountId, order, payload);
            }

            return true;
        });
    }
}
