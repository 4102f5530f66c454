using Media.Application.Discoveries;
using Media.Domain.Regions;
using Media.Silo.Auth;

namespace Media.Silo.Api.Accounts;

/// <summary><c>/api/discoveries</c>: a supervisor reports an account no unit has filed, which opens its <c>filing-missing</c> violation.</summary>
public static class DiscoveriesApi
{
    private const int MaxBodyBytes = 16 * 1024;

    public static IEndpointRouteBuilder MapDiscoveriesApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGroup("/api/discoveries").RequireAuthorization().MapPost("/", DiscoverAsync);
        return routes;
    }

    // 201 for a new discovery; the same discovery again answers 200 with the first one, unchanged.
    private static async Task<IResult> DiscoverAsync(HttpContext context, IGrainFactory grains, RegionCatalog regions)
    {
        var (body, problem) = await JsonRequest.ReadAsync<DiscoverAccountRequest>(context.Request, MaxBodyBytes);
        if (body is null)
        {
            return problem!;
        }

        var discovered = await AccountDiscovery.DiscoverAsync(CallerClaims.From(context.User), body, grains, regions);
        if (!discovered.IsDone)
        {
            return Problems.For(discovered.Refusal);
        }

        var discovery = discovered.Value.Discovery;
        return discovered.Value.Created
            ? TypedResults.Created($"/api/violations?rule=filing-missing&region={discovery.RegionCode}", discovery)
            : TypedResults.Ok(discovery);
    }
}
