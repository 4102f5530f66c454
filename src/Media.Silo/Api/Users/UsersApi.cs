using Media.Abstractions.Audit;
using Media.Abstractions.Storage;
using Media.Abstractions.Users;
using Media.Application.Users;
using Media.Domain.Regions;
using Media.Grains;
using Media.Silo.Auth;

namespace Media.Silo.Api.Users;

/// <summary>
/// <c>/api/users</c>: admins create and manage anyone; supervisors the users inside their region (the list, an edit that
/// may disable, a password reset, an unlock).
/// </summary>
public static class UsersApi
{
    public static IEndpointRouteBuilder MapUsersApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/users").RequireAuthorization();
        group.MapPost("/", CreateAsync);
        group.MapGet("/", ListAsync);
        group.MapGet("/me", MeAsync);
        group.MapPut("/me/alerts", SetAlertsAsync);
        group.MapPatch("/{username}", UpdateAsync);
        group.MapPost("/{username}/password-reset", ResetPasswordAsync);
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

    private static async Task<IResult> ListAsync(HttpContext context, IGrainFactory grains, RegionCatalog regions, string? q, string? page,
        string? pageSize)
    {
        var listed = await UserAdministration.ListAsync(CallerClaims.From(context.User), grains, regions, q, page, pageSize);
        return listed.IsDone ? TypedResults.Ok(new { items = listed.Value.Items, total = listed.Value.Total }) : Problems.For(listed.Refusal);
    }

    // This silo forgets the user's kept stamp at once (a disabled user's next request here is refused); others within seconds.
    private static async Task<IResult> UpdateAsync(string username, HttpContext context, IGrainFactory grains, RegionCatalog regions,
        IAuditLog audit, CredentialStamps stamps, [FromKeyedServices(MediaClock.Key)] TimeProvider clock)
    {
        var (body, problem) = await JsonRequest.ReadAsync<UpdateUserRequest>(context.Request, 16 * 1024);
        if (body is null)
        {
            return problem!;
        }

        var updated = await UserAdministration.UpdateAsync(CallerClaims.From(context.User), username, body, grains, regions, audit, clock);
        if (!updated.IsDone)
        {
            return Problems.For(updated.Refusal);
        }

        stamps.Forget(updated.Value.Username);
        return TypedResults.Ok(updated.Value);
    }

    // The body is optional: without a password of the admin's choice a temporary one is generated.
    private static async Task<IResult> ResetPasswordAsync(string username, HttpContext context, IGrainFactory grains, PasswordHashing hashing,
        IAuditLog audit, CredentialStamps stamps, [FromKeyedServices(MediaClock.Key)] TimeProvider clock)
    {
        var body = new ResetPasswordRequest();
        if (context.Request.ContentLength is > 0 || context.Request.Headers.TransferEncoding.Count > 0)
        {
            var (read, problem) = await JsonRequest.ReadAsync<ResetPasswordRequest>(context.Request, 1024);
            if (read is null)
            {
                return problem!;
            }

            body = read;
        }

        var reset = await UserAdministration.ResetPasswordAsync(CallerClaims.From(context.User), username, body, grains, hashing, audit, clock);
        if (!reset.IsDone)
        {
            return Problems.For(reset.Refusal);
        }

        stamps.Forget(UserNames.Normalize(username));
        return TypedResults.Ok(reset.Value);
    }

    // A user locked by wrong passwords may sign in again at once.
    private static async Task<IResult> UnlockAsync(string username, HttpContext context, IGrainFactory grains, IAuditLog audit,
        [FromKeyedServices(MediaClock.Key)] TimeProvider clock)
    {
        var unlocked = await UserAdministration.UnlockAsync(CallerClaims.From(context.User), username, grains, audit, clock);
        return unlocked.IsDone ? TypedResults.NoContent() : Problems.For(unlocked.Refusal);
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
