using Media.Abstractions;
using Media.Abstractions.Alerts;
using Media.Abstractions.Units;
using Media.Abstractions.Users;
using Media.Domain.Alerts;
using Media.Domain.Regions;
using Media.Domain.Units;
using Media.Domain.Validation;
using Media.Grains;
using Media.Silo.Auth;
using Microsoft.Extensions.DependencyInjection;

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
        var username = Caller.From(context.User).Username;
        var user = await grains.GetGrain<IUserGrain>(username).GetAsync();
        return user is null
            ? Problems.NotFound("用户不存在")
            : TypedResults.Ok(ToView(user, await grains.GetGrain<IUserDirectoryGrain>(0).GetAsync(username)));
    }

    private static async Task<IResult> SetAlertsAsync(HttpContext context, IGrainFactory grains)
    {
        var (body, problem) = await JsonRequest.ReadAsync<AlertPreferencesRequest>(context.Request, 1024);
        if (body is null)
        {
            return problem!;
        }

        var errors = new FieldErrors();
        if (body.Immediate is null)
        {
            errors.Add("immediate", "请说明是否接收即时提醒邮件（true 或 false）");
        }

        if (body.Digest is null)
        {
            errors.Add("digest", "请说明是否接收每日汇总邮件（true 或 false）");
        }

        if (!errors.IsEmpty)
        {
            return Problems.Validation(errors.ToDictionary());
        }

        var username = Caller.From(context.User).Username;
        var directory = grains.GetGrain<IUserDirectoryGrain>(0);
        if (!await directory.SetPreferencesAsync(username, body.Immediate!.Value, body.Digest!.Value))
        {
            return Problems.NotFound("用户不存在");
        }

        return TypedResults.Ok(new AlertPreferencesView(body.Immediate.Value, body.Digest.Value));
    }

    private static async Task<IResult> CreateAsync(HttpContext context, IGrainFactory grains, PasswordHashing hashing,
        RegionCatalog regions, [FromKeyedServices(MediaClock.Key)] TimeProvider clock)
    {
        var caller = Caller.From(context.User);
        if (caller.IsUnit)
        {
            return Problems.Forbidden("单位用户不能创建用户");
        }

        var (body, problem) = await JsonRequest.ReadAsync<CreateUserRequest>(context.Request, 16 * 1024);
        if (body is null)
        {
            return problem!;
        }

        var created = await CreateUserAsync(caller, body, grains, hashing, regions, clock);
        return created.Refusal switch
        {
            Refusal.None => TypedResults.Created($"/api/users/{created.User!.Username}",
                ToView(created.User, await grains.GetGrain<IUserDirectoryGrain>(0).GetAsync(created.User.Username))),
            _ => Problems.For(created.Refusal, created.Message, created.Errors),
        };
    }

    /// <summary>A user creation's outcome: the user, or why not.</summary>
    public sealed record Created(Refusal Refusal, string? Message, FieldErrors Errors, UserRecord? User);

    /// <summary>Creating a user as the API and the admin page both do it: validation, then the caller's reach, then the grain.</summary>
    public static async Task<Created> CreateUserAsync(Caller caller, CreateUserRequest body, IGrainFactory grains, PasswordHashing hashing,
        RegionCatalog regions, TimeProvider clock)
    {
        if (caller.IsUnit)
        {
            return new Created(Refusal.Forbidden, "单位用户不能创建用户", new FieldErrors(), null);
        }

        var errors = Validate(body, regions);
        if (!errors.IsEmpty)
        {
            return new Created(Refusal.Invalid, "请按提示修改后重新提交", errors, null);
        }

        var unitCode = body.UnitCode is null ? null : UnifiedSocialCreditCode.Normalize(body.UnitCode);
        if (body.Role == Roles.Unit)
        {
            var unit = await grains.Ref<IUnitGrain>(unitCode!).GetAsync();
            if (unit is null)
            {
                errors.Add("unitCode", "主办单位尚未登记");
                return new Created(Refusal.Invalid, "请按提示修改后重新提交", errors, null);
            }

            if (!caller.CoversUnit(unit.Code, unit.RegionCode))
            {
                return new Created(Refusal.Forbidden, "该单位不在您的管辖范围内", errors, null);
            }
        }
        else if (!caller.IsAdmin && (body.Role == Roles.Admin || !caller.CoversRegion(body.RegionCode)))
        {
            return new Created(Refusal.Forbidden, "只能在本辖区内创建监管用户", errors, null);
        }

        var username = UserNames.Normalize(body.Username!);
        var user = new UserRecord(username, hashing.Hash(username, body.Password!), body.Role!,
            body.Role == Roles.Supervisor ? body.RegionCode : null, body.Role == Roles.Unit ? unitCode : null,
            body.Email!.Trim(), body.DisplayName!.Trim(), clock.GetUtcNow());
        if (!await grains.GetGrain<IUserGrain>(username).CreateAsync(user))
        {
            return new Created(Refusal.Conflict, $"用户名 {username} 已被使用", errors, null);
        }

        if (body.Alerts is { } alerts)
        {
            var defaults = AlertPreferences.DefaultFor(user.Role);
            await grains.GetGrain<IUserDirectoryGrain>(0).SetPreferencesAsync(username, alerts.Immediate ?? defaults.Immediate, alerts.Digest ?? defaults.Digest);
        }

        return new Created(Refusal.None, null, errors, user);
    }

    private static FieldErrors Validate(CreateUserRequest body, RegionCatalog regions)
    {
        var errors = new FieldErrors();
        errors.AddIfInvalid("username", UserNames.Validate(body.Username));
        if (body.Password is null || body.Password.Length is < 8 or > 128)
        {
            errors.Add("password", "密码须为8至128个字符");
        }

        if (!Roles.IsKnown(body.Role))
        {
            errors.Add("role", "角色须为 admin、supervisor 或 unit");
        }

        if (body.Role == Roles.Supervisor && (!RegionCode.TryParse(body.RegionCode, out var region) || !regions.IsKnown(region)))
        {
            errors.Add("regionCode", "监管用户须填写区划表中有效的6位行政区划代码");
        }

        if (body.Role == Roles.Unit)
        {
            errors.AddIfInvalid("unitCode", UnifiedSocialCreditCode.Validate(body.UnitCode));
        }

        errors.AddIfInvalid("email", FieldRules.Email(body.Email));
        errors.AddIfInvalid("displayName", FieldRules.Required(body.DisplayName, 64));
        return errors;
    }

    private static UserView ToView(UserRecord user, UserContact? contact) =>
        new(user.Username, user.Role, user.RegionCode, user.UnitCode, user.Email, user.DisplayName, user.CreatedAt,
            contact is null ? null : new AlertPreferencesView(contact.Immediate, contact.Digest));
}
