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

    /// <summary>One page of a jurisdiction's violations, newest first.</summary>
    public sealed record Page(IReadOnlyList<ViolationView> Items, int Total, int PageNumber, int PageSize);

    /// <summary>A listing's outcome: the page, or field errors, or the refusal of a region outside the jurisdiction.</summary>
    public sealed record Outcome(Page? Page, FieldErrors Errors, IResult? Forbidden);

    private static async Task<IResult> ListAsync(HttpContext context, IGrainFactory grains, string? region, string? rule,
        string? status, string? page, string? pageSize)
    {
        var outcome = await QueryAsync(Caller.From(context.User), grains, region, rule, status, page, pageSize);
        return outcome.Forbidden ?? (outcome.Page is { } found
            ? TypedResults.Ok(new { items = found.Items, total = found.Total, pageNumber = found.PageNumber, pageSize = found.PageSize })
            : Problems.Validation(outcome.Errors.ToDictionary()));
    }

    /// <summary>The listing the API and the web queue share: same filters, same checks, same jurisdiction.</summary>
    public static async Task<Outcome> QueryAsync(Caller caller, IGrainFactory grains, string? region, string? rule,
        string? status, string? page, string? pageSize)
    {
        var errors = new FieldErrors();
        var (scope, forbidden) = RegionFanOut.Scope(caller, region, errors);
        if (forbidden is not null)
        {
            return new Outcome(null, errors, forbidden);
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
            return new Outcome(null, errors, null);
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
        return new Outcome(new Page(items, pages.Sum(p => p.Total), pageNumber, size), errors, null);
    }

    private static async Task<IResult> ReviewAsync(string id, bool confirm, HttpContext context, IGrainFactory grains) =>
        ViolationSteps.ToHttp(await ViolationSteps.ReviewAsync(Caller.From(context.User), id, confirm, grains));
}
