using Media.Grains;
using Media.Abstractions;
using Media.Abstractions.Accounts;
using Media.Abstractions.Audit;
using Media.Abstractions.Monitoring;
using Media.Application.Accounts;
using Media.Application.Exports;
using Media.Application.Violations;
using Media.Abstractions.Storage;
using Media.Domain.Regions;
using Media.Silo.Auth;

namespace Media.Silo.Api.Accounts;

/// <summary><c>/api/accounts</c>: file accounts, read one, list a jurisdiction, file changes.</summary>
public static class AccountsApi
{
    public static IEndpointRouteBuilder MapAccountsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/accounts").RequireAuthorization();
        group.MapPost("/", OpenAsync);
        group.MapGet("/", ListAsync);
        group.MapGet("/export", ExportAsync);
        group.MapGet("/{id}", GetAsync);
        group.MapPost("/{id}/filings", FileAsync);
        group.MapGet("/{id}/audit", AuditAsync);
        return routes;
    }

    private static async Task<IResult> OpenAsync(HttpContext context, IGrainFactory grains, RegionCatalog regions)
    {
        var caller = CallerClaims.From(context.User);
        var (body, problem) = await JsonRequest.ReadAsync<FileAccountRequest>(context.Request, 64 * 1024);
        if (body is null)
        {
            return problem!;
        }

        var opened = await AccountOpeningFlow.OpenAsync(caller, body, grains);
        return opened.IsDone
            ? TypedResults.Created($"/api/accounts/{Uri.EscapeDataString(opened.Value.Id)}", AccountView.From(opened.Value, regions))
            : Problems.For(opened.Refusal);
    }

    private static async Task<IResult> ListAsync(HttpContext context, IGrainFactory grains, RegionCatalog regions,
        string? region, string? platform, string? status, string? rule, string? q, string? page, string? pageSize)
    {
        var listed = await AccountListing.QueryAsync(CallerClaims.From(context.User), grains, regions, region, platform, status, rule, q,
            page, pageSize);
        return listed.IsDone ? TypedResults.Ok(listed.Value) : Problems.For(listed.Refusal);
    }

    // The list's filters and jurisdiction, every row, as XLSX (the default) or CSV.
    private static async Task<IResult> ExportAsync(HttpContext context, IGrainFactory grains, RegionCatalog regions, [FromKeyedServices(MediaClock.Key)] TimeProvider clock,
        string? format, string? region, string? platform, string? status, string? rule, string? q) =>
        ListDownload.For(context, await ListExports.AccountsAsync(CallerClaims.From(context.User), grains, regions, clock, format, region,
            platform, status, rule, q));

    private static async Task<IResult> GetAsync(string id, HttpContext context, IGrainFactory grains, RegionCatalog regions)
    {
        var account = await AccountAccess.VisibleAsync(id, CallerClaims.From(context.User), grains);
        if (account is null)
        {
            return Problems.NotFound(AccountAccess.NotVisible);
        }

        var grain = grains.Ref<IAccountGrain>(id);
        var violations = await grain.GetViolationsAsync();
        return TypedResults.Ok(AccountView.From(account, regions) with
        {
            Activity = await grain.GetActivityAsync(),
            Violations = [.. violations.Where(v => ViolationStatuses.IsActive(v.Status)).Select(ViolationView.From)],
        });
    }

    private static async Task<IResult> FileAsync(string id, HttpContext context, IGrainFactory grains,
        RegionCatalog regions)
    {
        var caller = CallerClaims.From(context.User);
        if (await AccountAccess.VisibleAsync(id, caller, grains) is null)
        {
            return Problems.NotFound(AccountAccess.NotVisible);
        }

        var (body, problem) = await JsonRequest.ReadAsync<LifecycleRequest>(context.Request, 64 * 1024);
        if (body is null)
        {
            return problem!;
        }

        var filed = await AccountLifecycleFlow.FileAsync(caller, id, body, grains);
        return filed.IsDone ? TypedResults.Ok(AccountView.From(filed.Value, regions)) : Problems.For(filed.Refusal);
    }

    private static async Task<IResult> AuditAsync(string id, HttpContext context, IGrainFactory grains, IAuditLog audit)
    {
        if (await AccountAccess.VisibleAsync(id, CallerClaims.From(context.User), grains) is null)
        {
            return Problems.NotFound(AccountAccess.NotVisible);
        }

        var entries = await audit.ReadAsync(id, 1000, context.RequestAborted);
        return TypedResults.Ok(new { items = entries.Select(AuditView.From) });
    }
}
