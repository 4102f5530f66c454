using Media.Abstractions;
using Media.Abstractions.Alerts;
using Media.Abstractions.Audit;
using Media.Abstractions.Storage;
using Media.Abstractions.Units;
using Media.Abstractions.Users;
using Media.Domain.Alerts;
using Media.Domain.Regions;
using Media.Domain.Units;
using Media.Domain.Validation;

namespace Media.Application.Users;

/// <summary>Creating users: admins create anyone; supervisors create users inside their region.</summary>
public static class UserRegistry
{
    /// <summary>The refusal a unit user gets: units do not create users.</summary>
    public const string UnitForbidden = "单位用户不能创建用户";

    /// <summary>
    /// Creating a user as the API and the admin page both do it: validation, then the caller's reach, then the grain,
    /// then the audit row (<c>user.create</c>, never the password or its hash).
    /// </summary>
    public static async Task<Outcome<UserRecord>> CreateAsync(Caller caller, CreateUserRequest body, IGrainFactory grains, IPasswordHashing hashing,
        RegionCatalog regions, IAuditLog audit, TimeProvider clock)
    {
        if (caller.IsUnit)
        {
            return Refusal.Forbidden(UnitForbidden);
        }

        var errors = Validate(body, regions);
        if (!errors.IsEmpty)
        {
            return Refusal.Invalid(errors);
        }

        var (regionCode, unitCode) = UserJurisdiction.Keep(body.Role!, body.RegionCode, body.UnitCode);
        if (await UserJurisdiction.CheckReachAsync(caller, body.Role!, regionCode, unitCode, grains) is { } refused)
        {
            return refused;
        }

        var username = UserNames.Normalize(body.Username!);
        var user = new UserRecord(username, hashing.Hash(username, body.Password!), body.Role!,
            regionCode, unitCode,
            body.Email!.Trim(), body.DisplayName!.Trim(), clock.GetUtcNow());
        if (!await grains.GetGrain<IUserGrain>(username).CreateAsync(user))
        {
            return Refusal.Conflict($"用户名 {username} 已被使用");
        }

        if (body.Alerts is { } alerts)
        {
            var defaults = AlertPreferences.DefaultFor(user.Role);
            await grains.GetGrain<IUserDirectoryGrain>(0).SetPreferencesAsync(username, alerts.Immediate ?? defaults.Immediate, alerts.Digest ?? defaults.Digest);
        }

        await audit.AppendAsync(new AuditEntry(clock.GetUtcNow(), caller.Username, "user.create", "user:" + username, null, AuditJson.Of(new
        {
            user.Username, user.Role, user.RegionCode, user.UnitCode, user.Email, user.DisplayName, body.Alerts,
        })));
        return user;
    }

    private static FieldErrors Validate(CreateUserRequest body, RegionCatalog regions)
    {
        var errors = new FieldErrors();
        errors.AddIfInvalid("username", UserNames.Validate(body.Username));
        errors.AddIfInvalid("password", PasswordPolicy.Validate(body.Password, body.Username));

        UserJurisdiction.Validate(body.Role, body.RegionCode, body.UnitCode, regions, errors);
        errors.AddIfInvalid("email", FieldRules.Email(body.Email));
        errors.AddIfInvalid("displayName", FieldRules.Required(body.DisplayName, 64));
        return errors;
    }
}
