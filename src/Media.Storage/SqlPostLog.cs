using System.Data.Common;
using Media.Abstractions.Monitoring;
using Media.Abstractions.Storage;
using Media.Storage.Performance;

namespace Media.Storage;

/// <summary>
/// The post log as the <c>MediaPost</c> table. Appends from many account grains share one transaction of the
/// store's writer, and on PostgreSQL all the appends of that transaction are one statement (<see cref="Appends"/>).
/// </summary>
internal sealed class SqlPostLog(StoreConnection store, StoreWriter writer) : IPostLog
{
    private readonly Appends _appends = new(store.IsSqlite);

    public Task<long?> AppendAsync(string accountId, IReadOnlyList<IncomingPost> posts, CancellationToken cancellationToken = default) =>
        writer.WriteAsync(_appends, new Push(accountId, posts));

    public async Task<IReadOnlyList<LoggedPost>> ReadAfterAsync(string accountId, long afterSequence, CancellationToken cancellationToken = default)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        await using var command = Sql.Command(connection, null, """
            SELECT Seq, PostId, PublishedAt, Title, Body, Url, Repost, Likes, Comments, Shares, Reads
            FROM MediaPost WHERE AccountId = @AccountId AND Seq > @After ORDER BY Seq
            """);
        Sql.Add(command, "AccountId", accountId);
        Sql.Add(command, "After", afterSequence);
        var posts = new List<LoggedPost>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            posts.Add(new LoggedPost(reader.GetInt64(0), new IncomingPost(
                reader.GetString(1), Sql.ReadInstant(reader, 2), Text(reader, 3), Text(reader, 4), Text(reader, 5),
                reader.GetInt64(6) != 0, Number(reader, 7), Number(reader, 8), Number(reader, 9), Number(reader, 10))));
        }

        return posts;
    }

    private static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static long? Number(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);
}
