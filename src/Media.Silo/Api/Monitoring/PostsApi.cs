using Media.Application.Accounts;
using Media.Application.Monitoring;
using Media.Abstractions.Storage;
using Media.Silo.Auth;

namespace Media.Silo.Api.Monitoring;

/// <summary>Post ingest, per account and in bulk; the work, and the index lines sent before the answer, are <see cref="PostIngest"/>'s.</summary>
public static class PostsApi
{
    private const int MaxBodyBytes = 12 * 1024 * 1024;

    public static IEndpointRouteBuilder MapPostsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/accounts/{id}/posts", IngestOneAsync).RequireAuthorization();
        routes.MapPost("/api/posts", IngestBulkAsync).RequireAuthorization();
        return routes;
    }

    private static async Task<IResult> IngestOneAsync(string id, HttpContext context, IGrainFactory grains, PostIngest ingest)
    {
        if (await AccountAccess.VisibleAsync(id, CallerClaims.From(context.User), grains) is not { } account)
        {
            return Problems.NotFound(AccountAccess.NotVisible);
        }

        var (body, problem) = await JsonRequest.ReadAsync<List<PostRequest?>>(context.Request, MaxBodyBytes);
        if (body is null)
        {
            return problem!;
        }

        var ingested = await ingest.IngestAsync(account, body);
        return ingested.IsDone ? TypedResults.Ok(ingested.Value) : Problems.For(ingested.Refusal);
    }

    private static async Task<IResult> IngestBulkAsync(HttpContext context, PostIngest ingest)
    {
        var caller = CallerClaims.From(context.User);
        var (body, problem) = await JsonRequest.ReadAsync<BulkPostRequest>(context.Request, MaxBodyBytes);
        if (body is null)
        {
            return problem!;
        }

        var ingested = await ingest.IngestAsync(caller, body);
        return ingested.IsDone ? TypedResults.Ok(ingested.Value) : Problems.For(ingested.Refusal);
    }
}
