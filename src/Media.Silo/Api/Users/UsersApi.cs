using Media.Application.Users;
using Media.Domain.Regions;
using Media.Grains;
using Media.Silo.Auth;

namespace Media.Silo.Api.Users;

/// <summary><c>/api/users</c>: admins create anyone; supervisors create users inside their region.</summary>
public static class UsersApi
{
    public static IEndpointRouteBuilder MapUsersApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/users").RequireAuthorization();
        group.MapPost("/", CreateAsync);
        group.MapGet("/me", MeAsync);
        group.MapPut("/me/alerts", SetAlertsAsync);
        return routes;
    }

    private static async Task<IResult> MeAsync(HttpContext context, IGrainFactory grains)
    {
        var me = await UserProfile.MeAsync(CallerClaims.From(context.User), grains);
        return me.IsDone ? TypedResults.Ok(me.Value) : Problems.For(me.Refusal);
    }

    private static async Task<IResult> SetAlertsAsync(HttpContext context, IGrainFactory grains)
    {
        var (body, problem) = await JsonRequest.ReadAsync<AlertPreferencesRequest>(context.Request, 1024);
        if (body is null)
        {
            return problem!;
        }

        var set = await UserProfile.SetAlertsAsync(CallerClaims.From(context.User), body, grains);
        return set.IsDone ? TypedResults.Ok(set.Value) : Problems.For(set.Refusal);
    }

    private static async Task<IResult> CreateAsync(HttpContext context, IGrainFactory grains, PasswordHashing hashing,
        RegionCatalog regions, [FromKeyedServices(MediaClock.Key)] TimeProvider clock)
    {
        var caller = CallerClaims.From(context.User);
        if (caller.IsUnit)
        {
            return Problems.Forbidden(UserRegistry.UnitForbidden);
        }

        var (body, problem) = await JsonRequest.ReadAsync<CreateUserRequest>(context.Request, 16 * 1024);
        if (body is null)
        {
            return problem!;
        }

        var created = await UserRegistry.CreateAsync(caller, body, grains, hashing, regions, clock);
        return created.IsDone
            ? TypedResults.Created($"/api/users/{created.Value.Username}", await UserProfile.ViewAsync(created.Value, grains))
            : Problems.For(created.Refusal);
    }
}
