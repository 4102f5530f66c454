using Media.Abstractions.Accounts;
using Media.Abstractions.Index;
using Media.Abstractions.Monitoring;
using Media.Domain.Monitoring;
using Media.Domain.Validation;
using Media.Silo.Api.Accounts;
using Media.Silo.Auth;

namespace Media.Silo.Api.Monitoring;

/// <summary><c>/api/violations</c>: the queue of a jurisdiction, and the review of suspected content hits.</summary>
public static class ViolationsApi
{
    public static IEndpointRouteBuilder MapViolationsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/violations").RequireAuthorization();
        group.MapGet("/", ListAsync);
        group.MapPost("/{id}/confirm", (string id, HttpContext c, IGrainFactory g) => ReviewAsync(id, true, c, g));
        group.MapPost("/{id}/dismiss", (string id, HttpContext c, IGrainFactory g) => ReviewAsync(id, false, c, g));
        return routes;
    }

    private static async Task<IResult> ListAsync(HttpContext context, IGrainFactory grains, string? region, string? rule,
        string? status, string? page, string? pageSize)
    {
        var caller = Caller.From(context.User);
        var errors = new FieldErrors();
        var (scope, forbidden) = RegionFanOut.Scope(caller, region, errors);
        if (forbidden is not null)
        {
            return forbidden;
        }

        if (rule is not null && !MonitoringRules.IsKnown(rule))
        {
            errors.Add("rule", "未知的规则：" + string.Join("、", MonitoringRules.All));
        }

        ViolationStatus? statusFilter = null;
        if (status is not null && status != "active")
        {
            if (Enum.TryParse<ViolationStatus>(status, ignoreCase: true, out var s) && !int.TryParse(status, out _))
            {
                statusFilter = s;
            }
            else
            {
                errors.Add("status", "状态须为 active、open、notified、rectifying、resolved、overdue、suspected 或 dismissed");
            }
        }

        var pageNumber = RegionFanOut.ParseInt(page, 1, 1, 100_000, "page", errors);
        var size = RegionFanOut.ParseInt(pageSize, 50, 1, AccountListing.MaxPageSize, "pageSize", errors);
        if (!errors.IsEmpty)
        {
            return Problems.Validation(errors.ToDictionary());
        }

        var query = new ViolationQuery(rule, statusFilter, status == "active", caller.IsUnit ? caller.UnitCode : null,
            checked(pageNumber * size));
        var pages = await RegionFanOut.AskAsync(grains, scope, index => index.QueryViolationsAsync(query));
        var items = pages.SelectMany(p => p.Items)
            .OrderByDescending(v => v.Violation.DetectedAt)
            .ThenBy(v => v.Violation.Id, StringComparer.Ordinal)
            .Skip((pageNumber - 1) * size)
            .Take(size)
            .Select(v => ViolationView.From(v.Violation))
            .ToList();
        return TypedResults.Ok(new { items, total = pages.Sum(p => p.Total), pageNumber, pageSize = size });
    }

    private static async Task<IResult> ReviewAsync(string id, bool confirm, HttpContext context, IGrainFactory grains)
    {
        var caller = Caller.From(context.User);
        var accountId = ViolationRecord.AccountOf(id);
        if (accountId is null || await AccountsApi.VisibleAccountAsync(accountId, caller, grains) is null)
        {
            return Problems.NotFound("违规记录不存在或不在您的管辖范围内");
        }

        if (caller.IsUnit)
        {
            return Problems.Forbidden("疑似违规内容须由监管单位审核");
        }

        var outcome = await grains.GetGrain<IAccountGrain>(accountId).ReviewAsync(id, confirm, caller.Username);
        return outcome switch
        {
            { Violation: null } => Problems.NotFound("违规记录不存在"),
            { Changed: true } => TypedResults.Ok(ViolationView.From(outcome.Violation)),
            _ => TypedResults.Problem("只有“疑似”状态的内容命中可以确认或排除", statusCode: StatusCodes.Status409Conflict,
                title: "状态不允许此操作"),
        };
    }
}
