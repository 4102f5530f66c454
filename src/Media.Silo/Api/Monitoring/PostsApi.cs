using System.Collections.Immutable;
using Media.Abstractions;
using Media.Abstractions.Accounts;
using Media.Abstractions.Monitoring;
using Media.Abstractions.Storage;
using Media.Domain.Accounts;
using Media.Domain.Validation;
using Media.Grains;
using Media.Grains.Index;
using Media.Silo.Api.Accounts;
using Media.Silo.Auth;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Silo.Api.Monitoring;

/// <summary>
/// Post ingest: per account and in bulk. A request is validated whole (nothing is kept if any item is
/// bad); each account then takes its posts in one call, which logs them (one transaction for all the accounts
/// of a burst, see <see cref="IPostLog"/>), so the reply comes only after every post is persisted. The accounts'
/// index lines go to their regions together (<see cref="IndexNotes"/>), also before the reply.
/// </summary>
public static class PostsApi
{
    public const int MaxItems = 5000;
    private const int MaxBodyBytes = 12 * 1024 * 1024;

    public static IEndpointRouteBuilder MapPostsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/accounts/{id}/posts", IngestOneAsync).RequireAuthorization();
        routes.MapPost("/api/posts", IngestBulkAsync).RequireAuthorization();
        return routes;
    }

    private static async Task<IResult> IngestOneAsync(string id, HttpContext context, IGrainFactory grains, IndexNotes notes,
        [FromKeyedServices(MediaClock.Key)] TimeProvider clock)
    {
        if (await AccountsApi.VisibleAccountAsync(id, Caller.From(context.User), grains) is null)
        {
            return Problems.NotFound("账号不存在或不在您的管辖范围内");
        }

        var (body, problem) = await JsonRequest.ReadAsync<List<PostRequest>>(context.Request, MaxBodyBytes);
        if (body is null)
        {
            return problem!;
        }

        var errors = new FieldErrors();
        if (body.Count > MaxItems)
        {
            return Problems.Validation("body", $"每次最多提交{MaxItems}条");
        }

        var now = clock.GetUtcNow();
        var posts = body.Select((p, i) => PostValidator.Validate(p ?? Empty, $"[{i}].", now, errors)).ToList();
        if (!errors.IsEmpty)
        {
            return Problems.Validation(errors.ToDictionary());
        }

        var result = await grains.Ref<IAccountGrain>(id).IngestAsync([.. posts!]);
        await notes.SendAsync();
        return TypedResults.Ok(new IngestResponse(result.Accepted, result.Duplicates));
    }

    private static async Task<IResult> IngestBulkAsync(HttpContext context, IGrainFactory grains, IndexNotes notes,
        [FromKeyedServices(MediaClock.Key)] TimeProvider clock)
    {
        var caller = Caller.From(context.User);
        var (body, problem) = await JsonRequest.ReadAsync<BulkPostRequest>(context.Request, MaxBodyBytes);
        if (body is null)
        {
            return problem!;
        }

        if (body.Items is null || body.Items.Count > MaxItems)
        {
            return Problems.Validation("items", $"items 须为数组，每次最多{MaxItems}条");
        }

        var errors = new FieldErrors();
        var now = clock.GetUtcNow();
        var byAccount = new Dictionary<string, List<IncomingPost>>(StringComparer.Ordinal);
        var firstRow = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < body.Items.Count; i++)
        {
            var item = body.Items[i];
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

        if (errors.IsEmpty)
        {
            var accounts = byAccount.Keys.ToList();
            var visible = await Task.WhenAll(accounts.Select(a => AccountsApi.VisibleAccountAsync(a, caller, grains)));
            foreach (var (account, _) in accounts.Zip(visible).Where(p => p.Second is null))
            {
                errors.Add($"items[{firstRow[account]}].accountId", $"账号 {account} 未备案或不在您的管辖范围内");
            }
        }

        if (!errors.IsEmpty)
        {
            return Problems.Validation(errors.ToDictionary());
        }

        // All accounts at once (at most MaxItems): each answers from memory once its posts are logged, and the
        // more arrive together, the fuller each shared log transaction.
        var results = await Task.WhenAll(byAccount.Select(a => grains.Ref<IAccountGrain>(a.Key).IngestAsync([.. a.Value])));
        // The accounts' new lines are in their region indexes before the answer, as a list read next expects.
        await notes.SendAsync();
        return TypedResults.Ok(new IngestResponse(results.Sum(r => r.Accepted), results.Sum(r => r.Duplicates)));
    }

    private static readonly PostRequest Empty = new(null, null, null, null, null, null, null, null, null, null);
}
