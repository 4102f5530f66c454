using Media.Abstractions.Storage;
using Media.Application.Units;
using Media.Domain.Regions;
using Media.Grains;
using Media.Silo.Auth;

namespace Media.Silo.Api.Units;

/// <summary><c>/api/units</c>: register units (主办单位) and read one with its accounts.</summary>
public static class UnitsApi
{
    public static IEndpointRouteBuilder MapUnitsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/units").RequireAuthorization();
        group.MapPost("/", CreateAsync);
        group.MapGet("/", ListAsync);
        group.MapGet("/{code}", GetAsync);
        return routes;
    }

    private static async Task<IResult> CreateAsync(HttpContext context, IGrainFactory grains, RegionCatalog regions, IAuditLog audit,
        [FromKeyedServices(MediaClock.Key)] TimeProvider clock)
    {
        var caller = CallerClaims.From(context.User);
        if (caller.IsUnit)
        {
            return Problems.Forbidden(UnitRegistry.UnitForbidden);
        }

        var (body, problem) = await JsonRequest.ReadAsync<CreateUnitRequest>(context.Request, 16 * 1024);
        if (body is null)
        {
            return problem!;
        }

        var created = await UnitRegistry.CreateAsync(caller, body, grains, regions, audit, clock);
        return created.IsDone
            ? TypedResults.Created($"/api/units/{created.Value.Code}", UnitView.From(created.Value, regions, []))
            : Problems.For(created.Refusal);
    }

    private static async Task<IResult> ListAsync(HttpContext context, IGrainFactory grains, RegionCatalog regions, string? region, string? q,
        string? page, string? pageSize)
    {
        var listed = await UnitListing.QueryAsync(CallerClaims.From(context.User), grains, regions, region, q, page, pageSize);
        return listed.IsDone ? TypedResults.Ok(new { items = listed.Value.Items, total = listed.Value.Total }) : Problems.For(listed.Refusal);
    }

    private static async Task<IResult> GetAsync(string code, HttpContext context, IGrainFactory grains, RegionCatalog regions)
    {
        var found = await UnitRegistry.FindAsync(CallerClaims.From(context.User), code, grains, regions);
        return found.IsDone ? TypedResults.Ok(found.Value) : Problems.For(found.Refusal);
    }
}
