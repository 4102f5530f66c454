using Media.Abstractions;
using Media.Abstractions.Accounts;
using Media.Abstractions.Index;
using Media.Abstractions.Monitoring;
using Media.Application.Accounts;
using Media.Domain.Accounts;
using Media.Domain.Validation;

namespace Media.Application.Monitoring;

/// <summary>
/// Post ingest, per account and in bulk. A request is validated whole (nothing is kept if any item is bad); each
/// account then takes its posts in one call, which logs them (one transaction for all the accounts of a burst, see
/// <see cref="Media.Abstractions.Storage.IPostLog"/>), so the answer comes only after every post is persisted. The accounts' noted index lines
/// are sent to their regions before the answer too, so a listing read next sees the new posts: that is this
/// use case's job, not its callers'.
/// </summary>
public sealed class PostIngest(IGrainFactory grains, IIndexNotes notes, TimeProvider clock)
{
    public const int MaxItems = 5000;

    // A website is filed on the account rails but observed by its probes and checks (SPEC §3.6), not by pushed posts.
    private const string NoPostsForWebsites = "政府网站不接收发布记录，请推送可用性检测（/api/websites/{id}/checks）";

    private static readonly PostRequest Empty = new(null, null, null, null, null, null, null, null, null, null);

    /// <summary>Posts of one account, which the caller has been shown to see (<see cref="AccountAccess.VisibleAsync"/>).</summary>
    public async Task<Outcome<IngestResponse>> IngestAsync(AccountSnapshot account, IReadOnlyList<PostRequest?> body)
    {
        if (body.Count > MaxItems)
        {
            return Refusal.Invalid("body", $"每次最多提交{MaxItems}条");
        }

        if (account.Platform == Platforms.Website)
        {
            return Refusal.Invalid("body", NoPostsForWebsites);
        }

        var errors = new FieldErrors();
        var now = clock.GetUtcNow();
        var posts = body.Select((p, i) => PostValidator.Validate(p ?? Empty, $"[{i}].", now, errors)).ToList();
        if (!errors.IsEmpty)
        {
            return Refusal.Invalid(errors);
        }

        var result = await grains.Ref<IAccountGrain>(account.Id).IngestAsync([.. posts!]);
        await notes.SendAsync();
        return new IngestResponse(result.Accepted, result.Duplicates);
    }

    /// <summary>Posts of many accounts; each must be filed and inside the caller's jurisdiction.</summary>
    public async Task<Outcome<IngestResponse>> IngestAsync(Caller caller, BulkPostRequest body)
    {
        if (body.Items is null || body.Items.Count > MaxItems)
        {
            return Refusal.Invalid("items", $"items 须为数组，每次最多{MaxItems}条");
        }

        var errors = new FieldErrors();
        var byAccount = Group(body.Items, clock.GetUtcNow(), errors, out var firstRow);
        if (errors.IsEmpty)
        {
            var accounts = byAccount.Keys.ToList();
            var visible = await Task.WhenAll(accounts.Select(a => AccountAccess.VisibleAsync(a, caller, grains)));
            foreach (var (account, _) in accounts.Zip(visible).Where(p => p.Second is null))
            {
                errors.Add($"items[{firstRow[account]}].accountId", $"账号 {account} 未备案或不在您的管辖范围内");
            }

            foreach (var website in visible.Where(a => a?.Platform == Platforms.Website))
            {
                errors.Add($"items[{firstRow[website!.Id]}].accountId", NoPostsForWebsites);
            }
        }

        if (!errors.IsEmpty)
        {
            return Refusal.Invalid(errors);
        }

        // All accounts at once (at most MaxItems): each answers from memory once its posts are logged, and the
        // more arrive together, the fuller each shared log transaction.
        var results = await Task.WhenAll(byAccount.Select(a => grains.Ref<IAccountGrain>(a.Key).IngestAsync([.. a.Value])));
        // The accounts' new lines are in their region indexes before the answer, as a list read next expects.
        await notes.SendAsync();
        return new IngestResponse(results.Sum(r => r.Accepted), results.Sum(r => r.Duplicates));
    }

    private static Dictionary<string, List<IncomingPost>> Group(IReadOnlyList<BulkPostItem?> items, DateTimeOffset now, FieldErrors errors,
        out Dictionary<string, int> firstRow)
    {
        var byAccount = new Dictionary<string, List<IncomingPost>>(StringComparer.Ordinal);
        firstRow = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (item is null || !AccountKey.TryParse(item.AccountId, out _, out _))
            {
                errors.Add($"items[{i}].accountId", "账号标识无效");
                continue;
            }

            if (PostValidator.Validate(item.Post, $"items[{i}].", now, errors) is { } post)
            {
                firstRow.TryAdd(item.AccountId!, i);
                (byAccount.TryGetValue(item.AccountId!, out var list) ? list : byAccount[item.AccountId!] = []).Add(post);
            }
        }

        return byAccount;
    }
}
