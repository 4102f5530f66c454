using System.Globalization;
using Media.Abstractions.Monitoring;
using Media.Storage.Performance;

namespace Media.Storage;

/// <summary>One account's posts to log: the answer is the highest sequence number logged for them, null when all were known.</summary>
internal sealed record Push(string AccountId, IReadOnlyList<IncomingPost> Posts);

/// <summary>
/// The appends of one writer transaction. On PostgreSQL they are one <c>INSERT … SELECT FROM unnest(…)</c> of every
/// post of every push, in push order: a statement per post was a round trip per post in series, which bounded a
/// cluster's ingest whatever PostgreSQL could take. SQLite runs in-process, where a prepared statement per post is
/// already cheap, so it keeps that. Either way a post already logged for its account is skipped, and a push's answer is
/// the highest sequence number its new posts got.
/// </summary>
internal sealed class Appends(bool sqlite) : BulkWrite<Push, long?>
{
    private static readonly string[] Columns =
        ["AccountId", "PostId", "PublishedAt", "Title", "Body", "Url", "Repost", "Likes", "Comments", "Shares", "Reads"];

    // ORDER BY the ordinality: the sequence numbers follow push order, and of a post given twice the first is kept.
    private const string Unnested = """
        INSERT INTO MediaPost (AccountId, PostId, PublishedAt, Title, Body, Url, Repost, Likes, Comments, Shares, Reads)
        SELECT AccountId, PostId, PublishedAt, Title, Body, Url, Repost, Likes, Comments, Shares, Reads
        FROM unnest(@AccountId::text[], @PostId::text[], @PublishedAt::text[], @Title::text[], @Body::text[], @Url::text[],
                    @Repost::bigint[], @Likes::bigint[], @Comments::bigint[], @Shares::bigint[], @Reads::bigint[])
             WITH ORDINALITY AS p(AccountId, PostId, PublishedAt, Title, Body, Url, Repost, Likes, Comments, Shares, Reads, Ord)
        ORDER BY Ord
        ON CONFLICT (AccountId, PostId) DO NOTHING
        RETURNING AccountId, PostId, Seq
        """;

    private const string OneRow = """
        INSERT INTO MediaPost (AccountId, PostId, PublishedAt, Title, Body, Url, Repost, Likes, Comments, Shares, Reads)
        VALUES (@AccountId, @PostId, @PublishedAt, @Title, @Body, @Url, @Repost, @Likes, @Comments, @Shares, @Reads)
        ON CONFLICT (AccountId, PostId) DO NOTHING
        RETURNING Seq
        """;

    public override Task<IReadOnlyList<long?>> WriteAsync(WriteBatch batch, IReadOnlyList<Push> items) =>
        sqlite ? RowByRowAsync(batch, items) : UnnestedAsync(batch, items);

    private static async Task<IReadOnlyList<long?>> RowByRowAsync(WriteBatch batch, IReadOnlyList<Push> items)
    {
        var highest = new long?[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            foreach (var post in items[i].Posts)
            {
                var seq = await batch.ScalarAsync(OneRow, Columns, items[i].AccountId, post.PostId, Sql.Instant(post.PublishedAt), post.Title,
                    post.Text, post.Url, post.Repost ? 1 : 0, post.Likes, post.Comments, post.Shares, post.Reads);
                if (seq is not null)
                {
                    highest[i] = Math.Max(highest[i] ?? 0, Convert.ToInt64(seq, CultureInfo.InvariantCulture));
                }
            }
        }

        return highest;
    }

    private static async Task<IReadOnlyList<long?>> UnnestedAsync(WriteBatch batch, IReadOnlyList<Push> items)
    {
        var count = items.Sum(p => p.Posts.Count);
        var highest = new long?[items.Count];
        if (count == 0)
        {
            return highest;
        }

        // Which push a returned row answers: the first to give its (account, post), as the insert keeps that one.
        var pushOf = new Dictionary<(string, string), int>(count);
        var rows = new Rows(count);
        for (var i = 0; i < items.Count; i++)
        {
            foreach (var post in items[i].Posts)
            {
                pushOf.TryAdd((items[i].AccountId, post.PostId), i);
                rows.Add(items[i].AccountId, post);
            }
        }

        await using var inserted = await batch.ReadAsync(Unnested, Columns, rows.AccountId, rows.PostId, rows.PublishedAt, rows.Title,
            rows.Body, rows.Url, rows.Repost, rows.Likes, rows.Comments, rows.Shares, rows.Reads);
        while (await inserted.ReadAsync())
        {
            var i = pushOf[(inserted.GetString(0), inserted.GetString(1))];
            highest[i] = Math.Max(highest[i] ?? 0, inserted.GetInt64(2));
        }

        return highest;
    }

    /// <summary>The posts as one array per column, the parameters of the unnested insert.</summary>
    private sealed class Rows(int count)
    {
        private int _next;

        public string[] AccountId { get; } = new string[count];
        public string[] PostId { get; } = new string[count];
        public string[] PublishedAt { get; } = new string[count];
        public string?[] Title { get; } = new string?[count];
        public string?[] Body { get; } = new string?[count];
        public string?[] Url { get; } = new string?[count];
        public long[] Repost { get; } = new long[count];
        public long?[] Likes { get; } = new long?[count];
        public long?[] Comments { get; } = new long?[count];
        public long?[] Shares { get; } = new long?[count];
        public long?[] Reads { get; } = new long?[count];

        public void Add(string accountId, IncomingPost post)
        {
            var i = _next++;
            (AccountId[i], PostId[i], PublishedAt[i]) = (accountId, post.PostId, Sql.Instant(post.PublishedAt));
            (Title[i], Body[i], Url[i], Repost[i]) = (post.Title, post.Text, post.Url, post.Repost ? 1 : 0);
            (Likes[i], Comments[i], Shares[i], Reads[i]) = (post.Likes, post.Comments, post.Shares, post.Reads);
        }
    }
}
