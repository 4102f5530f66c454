using Media.Abstractions;
using Media.Abstractions.Accounts;
using Media.Abstractions.Audit;
using Media.Abstractions.Monitoring;
using Media.Abstractions.Storage;
using Media.Silo.Api.Monitoring;
using Media.Abstractions.Units;
using Media.Domain.Accounts;
using Media.Domain.Regions;
using Media.Domain.Validation;
using Media.Silo.Auth;

namespace Media.Silo.Api.Accounts;

/// <summary><c>/api/accounts</c>: file accounts, read one, list a jurisdiction, file changes.</summary>
public static class AccountsApi
{
    public static IEndpointRouteBuilder MapAccountsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/accounts").RequireAuthorization();
        group.MapPost("/", OpenAsync);
        group.MapGet("/", AccountListing.ListAsync);
        group.MapGet("/{id}", GetAsync);
        group.MapPost("/{id}/filings", FileAsync);
        group.MapGet("/{id}/audit", AuditAsync);
        return routes;
    }

    private static async Task<IResult> OpenAsync(HttpContext context, IGrainFactory grains, RegionCatalog regions)
    {
        var caller = Caller.From(context.User);
        var (body, problem) = await JsonRequest.ReadAsync<FileAccountRequest>(context.Request, 64 * 1024);
        if (body is null)
        {
            return problem!;
        }

        var opened = await AccountOpeningFlow.OpenAsync(caller, body, grains);
        if (opened.Forbidden is not null)
        {
            return Problems.Forbidden(opened.Forbidden);
        }

        if (opened.Outcome is not { } outcome)
        {
            return Problems.Validation(opened.Errors.ToDictionary());
        }

        var id = opened.Id!;
        return outcome.Kind switch
        {
            FilingOutcomeKind.Created => TypedResults.Created($"/api/accounts/{Uri.EscapeDataString(id)}",
                AccountView.From(outcome.Account!, regions)),
            FilingOutcomeKind.AlreadyExists => Problems.Conflict($"账号 {id} 已备案"),
            _ => Problems.Validation(outcome.Field ?? "body", outcome.Error ?? "备案被拒绝"),
        };
    }

    private static async Task<IResult> GetAsync(string id, HttpContext context, IGrainFactory grains, RegionCatalog regions)
    {
        var account = await VisibleAccountAsync(id, Caller.From(context.User), grains);
        if (account is null)
        {
            return Problems.NotFound("账号不存在或不在您的管辖范围内");
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
        var caller = Caller.From(context.User);
        if (await VisibleAccountAsync(id, caller, grains) is null)
        {
            return Problems.NotFound("账号不存在或不在您的管辖范围内");
        }

        var (body, problem) = await JsonRequest.ReadAsync<LifecycleRequest>(context.Request, 64 * 1024);
        if (body is null)
        {
            return problem!;
        }

        var filed = await AccountLifecycleFlow.FileAsync(caller, id, body, grains);
        return filed switch
        {
            { Outcome.Kind: FilingOutcomeKind.NotFound } => Problems.NotFound("账号不存在"),
            { Outcome: null } => Problems.Validation(filed.Errors.ToDictionary()),
            { Outcome.Kind: FilingOutcomeKind.Updated } => TypedResults.Ok(AccountView.From(filed.Outcome.Account!, regions)),
            _ => TypedResults.Problem(filed.Outcome.Error, statusCode: StatusCodes.Status409Conflict, title: "账号状态不允许此备案"),
        };
    }

    private static async Task<IResult> AuditAsync(string id, HttpContext context, IGrainFactory grains, IAuditLog audit)
    {
        if (await VisibleAccountAsync(id, Caller.From(context.User), grains) is null)
        {
            return Problems.NotFound("账号不存在或不在您的管辖范围内");
        }

        var entries = await audit.ReadAsync(id, 1000, context.RequestAborted);
        return TypedResults.Ok(new { items = entries.Select(AuditView.From) });
    }

    /// <summary>The account if it exists and the caller may see it; ids that cannot exist activate nothing.</summary>
    internal static async Task<AccountSnapshot?> VisibleAccountAsync(string id, Caller caller, IGrainFactory grains)
    {
        if (!AccountKey.TryParse(id, out _, out _))
        {
            return null;
        }

        var account = await grains.Ref<IAccountGrain>(id).GetAsync();
        return account is not null && caller.CoversUnit(account.UnitCode, account.RegionCode) ? account : null;
    }
}
