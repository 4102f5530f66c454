using Media.Abstractions.Monitoring;

namespace Media.Abstractions.Storage;

/// <summary>
/// The log every pushed post enters before its account takes it: the write that makes a post acknowledged.
/// An account grain writes its own state later and, when it wakes, takes again whatever the log holds
/// beyond the mark its state was written with.
/// </summary>
public interface IPostLog
{
    /// <summary>
    /// Logs one account's posts (a post already logged for the account is skipped); durable when the task
    /// completes. Returns the highest sequence number given to a new row, or <c>null</c> when every post was
    /// logged already.
    /// </summary>
    Task<long?> AppendAsync(string accountId, IReadOnlyList<IncomingPost> posts, CancellationToken cancellationToken = default);

    /// <summary>The account's posts logged after sequence number <paramref name="afterSequence"/>, in log order.</summary>
    Task<IReadOnlyList<LoggedPost>> ReadAfterAsync(string accountId, long afterSequence, CancellationToken cancellationToken = default);
}

/// <summary>A post as the log holds it: its sequence number (increasing in log order) and the post.</summary>
public sealed record LoggedPost(long Sequence, IncomingPost Post);
