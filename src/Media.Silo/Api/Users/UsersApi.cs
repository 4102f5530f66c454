using Media.Abstractions.Audit;
using Media.Abstractions.Storage;
using Media.Abstractions.Users;
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
        group.MapPost("/{username}/unlock", UnlockAsync);
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

    // An admin lets a user locked by wrong passwords sign in again at once.
    private static async Task<IResult> UnlockAsync(string username, HttpContext context, IGrainFactory grains, IAuditLog audit,
        [FromKeyedServices(MediaClock.Key)] TimeProvider clock)
    {
        var caller = CallerClaims.From(context.User);
        if (!caller.IsAdmin)
        {
            return Problems.Forbidden("只有系统管理员可以解锁用户");
        }

        var name = UserNames.Normalize(username);
        if (UserNames.Validate(name) is not null || !await grains.GetGrain<IUserGrain>(name).UnlockAsync())
        {
            return Problems.NotFound("用户不存在");
        }

        await audit.AppendAsync(new AuditEntry(clock.GetUtcNow(), caller.Username, "user.unlock", "user:" + name, null, null));
        return TypedResults.NoContent();
    }

    private static async Task<IResult> CreateAsync(HttpContext context, IGrainFactory grains, PasswordHashing hashing,
        RegionCatalog regions, IAuditLog audit, [FromKeyedServices(MediaClock.Key)] TimeProvider clock)
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

        var created = await UserRegistry.CreateAsync(caller, body, grains, hashing, regions, audit, clock);
        return created.IsDone
            ? TypedResults.Created($"/api/users/{created.Value.Username}", await UserProfile.ViewAsync(created.Value, grains))
            : Problems.For(created.Refusal);
    }
}
