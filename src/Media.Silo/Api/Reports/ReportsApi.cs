using Media.Application.Samplings;
using Media.Domain.Regions;
using Media.Grains;
using Media.Silo.Auth;

namespace Media.Silo.Api.Reports;

/// <summary>
/// <c>/api/reports</c>: every 通报 within the caller's reach, by quarter and region, with a download link per format; for a
/// province, also the quarter's <c>overview</c> of its cities ranked by 合格率 (null otherwise).
/// </summary>
public static class ReportsApi
{
    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGroup("/api/reports").RequireAuthorization().MapGet("/", ListAsync);
        return routes;
    }

    private static async Task<IResult> ListAsync(string? quarter, string? region, HttpContext context, IGrainFactory grains, RegionCatalog regions,
        [FromKeyedServices(MediaClock.Key)] TimeProvider clock)
    {
        var found = await ReportList.FindAsync(CallerClaims.From(context.User), quarter, region, grains, regions, clock,
            (id, format) => $"/api/samplings/{Uri.EscapeDataString(id)}/report?format={format}");
        return found.IsDone ? TypedResults.Ok(new { items = found.Value.Items, total = found.Value.Items.Count, overview = found.Value.Overview }) : Problems.For(found.Refusal);
    }
}
