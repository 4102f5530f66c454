using Media.Abstractions;
using Media.Abstractions.Alerts;
using Media.Abstractions.Audit;
using Media.Abstractions.Storage;
using Media.Abstractions.Units;
using Media.Abstractions.Users;
using Media.Application.Units;
using Media.Domain.Alerts;
using Media.Domain.Regions;
using Media.Domain.Validation;

namespace Media.Application.Users;

/// <summary>
/// Managing users as the API and the user page both do it (SPEC §5.1): the list, an edit (disable, role, jurisdiction,
/// mail address and preferences), a password reset and an unlock. The list is within the caller's reach (a supervisor
/// sees the supervisors of its region's subtree and the users of units there; unit users see none); the changes are the
/// system administrator's (SPEC §1), each with an audit row.
/// </summary>
public static class UserAdministration
{
    public const int MaxPageSize = 200;
    private const string UnitForbidden = "单位用户不能管理用户";
    private const string AdminOnly = "只有系统管理员可以停用、编辑、重置或解锁用户";
    private static readonly Refusal NoSuchUser = Refusal.NotFound("用户不存在");

    /// <summary>The users within the caller's reach, by username; <paramref name="q"/> searches username, name and mail address.</summary>
    public static async Task<Outcome<UserListPage>> ListAsync(Caller caller, IGrainFactory grains, RegionCatalog regions,
        string? q, string? page, string? pageSize)
    {
        if (caller.IsUnit)
        {
            return Refusal.Forbidden(UnitForbidden);
        }

        var errors = new FieldErrors();
        var pageNumber = RegionFanOut.ParseInt(page, 1, 1, 100_000, "page", errors);
        var size = RegionFanOut.ParseInt(pageSize, 50, 1, MaxPageSize, "pageSize", errors);
        var text = RegionFanOut.SearchText(q, errors);

        if (!errors.IsEmpty)
        {
            return Refusal.Invalid(errors);
        }

        var units = await UnitLookup.WithinAsync(grains, caller.Scope);
        var matching = (await grains.GetGrain<IUserDirectoryGrain>(0).AllAsync())
            .Where(u => Reaches(caller, u.Role, u.RegionCode, u.UnitCode is null ? null : units.GetValueOrDefault(u.UnitCode)))
            .Where(u => text is null || u.Username.Contains(text, StringComparison.OrdinalIgnoreCase)
                || u.DisplayName.Contains(text, StringComparison.OrdinalIgnoreCase) || u.Email.Contains(text, StringComparison.OrdinalIgnoreCase))
            .ToList();
        var shown = matching.Skip((pageNumber - 1) * size).Take(size).ToList();
        var locks = await Task.WhenAll(shown.Select(u => grains.GetGrain<IUserGrain>(u.Username).CheckSignInAsync()));
        var items = shown.Select((u, i) => new UserListItem(u.Username, u.DisplayName, u.Role, u.RegionCode, RegionName(u.RegionCode, regions),
            u.UnitCode, u.UnitCode is null ? null : units.GetValueOrDefault(u.UnitCode)?.Name, u.Email, u.Disabled, locks[i].LockedUntil,
            new AlertPreferencesView(u.Immediate, u.Digest))).ToList();
        return new UserListPage(items, matching.Count, pageNumber, size);
    }

    /// <summary>An edit: omitted fields keep their values; a bad field changes nothing. Audited as user.disable, user.enable or user.update.</summary>
    public static async Task<Outcome<UserView>> UpdateAsync(Caller caller, string username, UpdateUserRequest body, IGrainFactory grains,
        RegionCatalog regions, IAuditLog audit, TimeProvider clock)
    {
        var (user, refusal) = await FindAsync(caller, username, grains);
        if (user is null)
        {
            return refusal!;
        }

        var role = body.Role ?? user.Role;
        var roleChanges = role != user.Role;
        var regionCode = body.RegionCode ?? (roleChanges ? null : user.RegionCode);
        var unitCode = body.UnitCode ?? (roleChanges ? null : user.UnitCode);
        var errors = new FieldErrors();
        UserJurisdiction.Validate(role, regionCode, unitCode, regions, errors);
        if (body.Email is not null)
        {
            errors.AddIfInvalid("email", FieldRules.Email(body.Email));
        }

        if (body.DisplayName is not null)
        {
            errors.AddIfInvalid("displayName", FieldRules.Required(body.DisplayName, 64));
        }

        if (user.Username == caller.Username && body.Disabled == true)
        {
            errors.Add("disabled", "不能停用自己的账号");
        }

        if (user.Username == caller.Username && roleChanges)
        {
            errors.Add("role", "不能更改自己的角色");
        }

        if (body.Alerts is { Immediate: null } or { Digest: null })
        {
            errors.Add("alerts", "请同时说明是否接收即时提醒邮件和每日汇总邮件（true 或 false）");
        }

        if (!errors.IsEmpty)
        {
            return Refusal.Invalid(errors);
        }

        (regionCode, unitCode) = UserJurisdiction.Keep(role, regionCode, unitCode);
        if (await UserJurisdiction.CheckReachAsync(caller, role, regionCode, unitCode, grains) is { } refused)
        {
            return refused;
        }

        var change = new UserProfileChange(role, regionCode, unitCode, body.Email?.Trim() ?? user.Email, body.DisplayName?.Trim() ?? user.DisplayName,
            body.Disabled ?? user.Disabled);
        var directory = grains.GetGrain<IUserDirectoryGrain>(0);
        var before = await directory.GetAsync(user.Username);
        var updated = await grains.GetGrain<IUserGrain>(user.Username).UpdateAsync(change);
        if (updated is null)
        {
            return NoSuchUser;
        }

        if (body.Alerts is { } alerts)
        {
            await directory.SetPreferencesAsync(user.Username, alerts.Immediate!.Value, alerts.Digest!.Value);
        }

        var changes = Changes(user, updated, before, body.Alerts);
        if (changes.Count > 0)
        {
            var action = updated.Disabled == user.Disabled ? "user.update" : updated.Disabled ? "user.disable" : "user.enable";
            await audit.AppendAsync(new AuditEntry(clock.GetUtcNow(), caller.Username, action, "user:" + user.Username, null, AuditJson.Of(changes)));
        }

        return await UserProfile.ViewAsync(updated, grains);
    }

    /// <summary>
    /// A reset: the admin's password (the policy applies) or a generated one, to be changed at the next sign-in; the
    /// user's tokens and cookies stop working and a lockout ends. Audited as user.password-reset, never the password.
    /// </summary>
    public static async Task<Outcome<PasswordResetView>> ResetPasswordAsync(Caller caller, string username, ResetPasswordRequest body,
        IGrainFactory grains, IPasswordHashing hashing, IAuditLog audit, TimeProvider clock)
    {
        var (user, refusal) = await FindAsync(caller, username, grains);
        if (user is null)
        {
            return refusal!;
        }

        var password = body.Password ?? TemporaryPasswords.New(user.Username);
        if (PasswordPolicy.Validate(password, user.Username) is { } weak)
        {
            return Refusal.Invalid("password", weak);
        }

        if (!await grains.GetGrain<IUserGrain>(user.Username).ResetPasswordAsync(hashing.Hash(user.Username, password)))
        {
            return NoSuchUser;
        }

        await audit.AppendAsync(new AuditEntry(clock.GetUtcNow(), caller.Username, "user.password-reset", "user:" + user.Username, null,
            AuditJson.Of(new { chosenBy = body.Password is null ? "generated" : "admin" })));
        return new PasswordResetView(password);
    }

    /// <summary>An unlock: a user locked by wrong passwords may sign in again at once. Audited as user.unlock.</summary>
    public static async Task<Outcome<bool>> UnlockAsync(Caller caller, string username, IGrainFactory grains, IAuditLog audit, TimeProvider clock)
    {
        var (user, refusal) = await FindAsync(caller, username, grains);
        if (user is null)
        {
            return refusal!;
        }

        if (!await grains.GetGrain<IUserGrain>(user.Username).UnlockAsync())
        {
            return NoSuchUser;
        }

        await audit.AppendAsync(new AuditEntry(clock.GetUtcNow(), caller.Username, "user.unlock", "user:" + user.Username, null, null));
        return true;
    }

    // The user an admin manages.
    private static async Task<(UserRecord? User, Refusal? Refusal)> FindAsync(Caller caller, string username, IGrainFactory grains)
    {
        if (!caller.IsAdmin)
        {
            return (null, Refusal.Forbidden(AdminOnly));
        }

        var name = UserNames.Normalize(username);
        return UserNames.Validate(name) is null && await grains.GetGrain<IUserGrain>(name).GetAsync() is { } user
            ? (user, null)
            : (null, NoSuchUser);
    }

    private static bool Reaches(Caller caller, string role, string? regionCode, UnitRecord? unit) => caller.IsAdmin || role switch
    {
        Roles.Supervisor => caller.CoversRegion(regionCode),
        Roles.Unit => unit is not null && caller.CoversRegion(unit.RegionCode),
        _ => false,
    };

    private static string? RegionName(string? code, RegionCatalog regions) =>
        RegionCode.TryParse(code, out var region) && regions.IsKnown(region) ? regions.FullNameOf(region) : null;

    // What the edit changed, each field as {from, to}: the audit row says what an admin did, not what they sent.
    private static Dictionary<string, object?> Changes(UserRecord before, UserRecord after, UserContact? contact, AlertPreferencesRequest? alerts)
    {
        var changes = new Dictionary<string, object?>(StringComparer.Ordinal);
        void Note<T>(string field, T from, T to)
        {
            if (!EqualityComparer<T>.Default.Equals(from, to))
            {
                changes[field] = new { from, to };
            }
        }

        Note("disabled", before.Disabled, after.Disabled);
        Note("role", before.Role, after.Role);
        Note("regionCode", before.RegionCode, after.RegionCode);
        Note("unitCode", before.UnitCode, after.UnitCode);
        Note("email", before.Email, after.Email);
        Note("displayName", before.DisplayName, after.DisplayName);
        if (alerts is not null)
        {
            var was = contact is null ? AlertPreferences.DefaultFor(before.Role) : new AlertPreferences(contact.Immediate, contact.Digest);
            Note("alerts", (was.Immediate, was.Digest), (alerts.Immediate!.Value, alerts.Digest!.Value));
        }

        return changes;
    }
}
