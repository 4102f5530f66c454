using Media.Abstractions;
using Media.Abstractions.Accounts;
using Media.Abstractions.Websites;
using Media.Application.Accounts;
using Media.Application.Websites;
using Media.Domain.Accounts;
using Media.Domain.Regions;
using Media.Grains;
using Media.Silo.Auth;

namespace Media.Silo.Api.Websites;

/// <summary>
/// <c>/api/websites</c> (SPEC §3.6, §5.1): file websites, list and read them, file changes, push availability checks,
/// confirm columns. Websites are filed on the account rails, so reach and roles are the accounts'.
/// </summary>
public static class WebsitesApi
{
    private const int MaxBodyBytes = 1024 * 1024;

    public static IEndpointRouteBuilder MapWebsitesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/websites").RequireAuthorization();
        group.MapPost("/", OpenAsync);
        group.MapGet("/", ListAsync);
        group.MapGet("/{id}", GetAsync);
        group.MapPost("/{id}/filings", FileAsync);
        group.MapPost("/{id}/checks", ChecksAsync);
        group.MapPut("/{id}/columns", ColumnsAsync);
        return routes;
    }

    private static async Task<IResult> OpenAsync(HttpContext context, IGrainFactory grains, RegionCatalog regions,
        [FromKeyedServices(MediaClock.Key)] TimeProvider clock)
    {
        var (body, problem) = await JsonRequest.ReadAsync<FileWebsiteRequest>(context.Request, MaxBodyBytes);
        if (body is null)
        {
            return problem!;
        }

        var opened = await WebsiteFilingFlow.OpenAsync(CallerClaims.From(context.User), body, grains, clock);
        return opened.IsDone
            ? TypedResults.Created($"/api/websites/{Uri.EscapeDataString(opened.Value.Id)}", WebsiteRecordView.From(opened.Value, regions))
            : Problems.For(opened.Refusal);
    }

    // The accounts' listing over the website lines: same filters, paging and reach.
    private static async Task<IResult> ListAsync(HttpContext context, IGrainFactory grains, RegionCatalog regions,
        string? region, string? status, string? rule, string? q, string? page, string? pageSize)
    {
        var listed = await AccountListing.QueryAsync(CallerClaims.From(context.User), grains, regions, region, Platforms.Website,
            status, rule, q, page, pageSize);
        return listed.IsDone ? TypedResults.Ok(listed.Value) : Problems.For(listed.Refusal);
    }

    private static async Task<IResult> GetAsync(string id, HttpContext context, IGrainFactory grains, RegionCatalog regions)
    {
        if (await WebsiteAccess.VisibleAsync(id, CallerClaims.From(context.User), grains) is null
            || await grains.Ref<IMonitoredWebsite>(id).GetWebsiteAsync() is not { } view)
        {
            return Problems.NotFound(WebsiteAccess.NotVisible);
        }

        var activity = await grains.Ref<IAccountGrain>(id).GetActivityAsync();
        return TypedResults.Ok(WebsiteRecordView.From(view, activity.Unseen, regions));
    }

    private static async Task<IResult> FileAsync(string id, HttpContext context, IGrainFactory grains, RegionCatalog regions)
    {
        var caller = CallerClaims.From(context.User);
        if (await WebsiteAccess.VisibleAsync(id, caller, grains) is null)
        {
            return Problems.NotFound(WebsiteAccess.NotVisible);
        }

        var (body, problem) = await JsonRequest.ReadAsync<LifecycleRequest>(context.Request, 64 * 1024);
        if (body is null)
        {
            return problem!;
        }

        var filed = await AccountLifecycleFlow.FileAsync(caller, id, body, grains);
        return filed.IsDone ? TypedResults.Ok(WebsiteRecordView.From(filed.Value, regions)) : Problems.For(filed.Refusal);
    }

    // Whoever may push an account's posts may push a website's checks: anyone who sees it (PostsApi).
    private static async Task<IResult> ChecksAsync(string id, HttpContext context, IGrainFactory grains,
        [FromKeyedServices(MediaClock.Key)] TimeProvider clock)
    {
        if (await WebsiteAccess.VisibleAsync(id, CallerClaims.From(context.User), grains) is not { } website)
        {
            return Problems.NotFound(WebsiteAccess.NotVisible);
        }

        var (body, problem) = await JsonRequest.ReadAsync<List<SiteCheckRequest?>>(context.Request, MaxBodyBytes);
        if (body is null)
        {
            return problem!;
        }

        var pushed = await WebsiteChecks.PushAsync(website, body, grains, clock.GetUtcNow());
        return pushed.IsDone ? TypedResults.Ok(pushed.Value) : Problems.For(pushed.Refusal);
    }

    private static async Task<IResult> ColumnsAsync(string id, HttpContext context, IGrainFactory grains, RegionCatalog regions)
    {
        var caller = CallerClaims.From(context.User);
        if (await WebsiteAccess.VisibleAsync(id, caller, grains) is not { } website)
        {
            return Problems.NotFound(WebsiteAccess.NotVisible);
        }

        var (body, problem) = await JsonRequest.ReadAsync<SetColumnsRequest>(context.Request, MaxBodyBytes);
        if (body is null)
        {
            return problem!;
        }

        var set = await WebsiteColumnsFlow.SetAsync(caller, website, body, grains);
        if (!set.IsDone)
        {
            return Problems.For(set.Refusal);
        }

        var activity = await grains.Ref<IAccountGrain>(id).GetActivityAsync();
        return TypedResults.Ok(WebsiteRecordView.From(set.Value, activity.Unseen, regions));
    }
}
