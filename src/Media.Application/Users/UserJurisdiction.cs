using Media.Abstractions;
using Media.Abstractions.Units;
using Media.Domain.Regions;
using Media.Domain.Units;
using Media.Domain.Validation;

namespace Media.Application.Users;

/// <summary>
/// A user's role and jurisdiction as creating and editing a user check them: a supervisor has a region from the
/// catalog, a unit user a registered unit, and the caller must reach both the user and what the user is given.
/// </summary>
internal static class UserJurisdiction
{
    /// <summary>Field errors of the role, region and unit themselves.</summary>
    public static void Validate(string? role, string? regionCode, string? unitCode, RegionCatalog regions, FieldErrors errors)
    {
        if (!Roles.IsKnown(role))
        {
            errors.Add("role", "角色须为 admin、supervisor 或 unit");
        }

        if (role == Roles.Supervisor && (!RegionCode.TryParse(regionCode, out var region) || !regions.IsKnown(region)))
        {
            errors.Add("regionCode", "监管用户须填写区划表中有效的6位行政区划代码");
        }

        if (role == Roles.Unit)
        {
            errors.AddIfInvalid("unitCode", UnifiedSocialCreditCode.Validate(unitCode));
        }
    }

    /// <summary>
    /// Whether the caller may give a user this role and jurisdiction (already valid): the unit must be registered and
    /// reachable, a supervisor's region inside the caller's, and only admins make admins. Null when allowed.
    /// </summary>
    public static async Task<Refusal?> CheckReachAsync(Caller caller, string role, string? regionCode, string? unitCode, IGrainFactory grains)
    {
        if (role == Roles.Unit)
        {
            var unit = await grains.Ref<IUnitGrain>(unitCode!).GetAsync();
            if (unit is null)
            {
                var errors = new FieldErrors();
                errors.Add("unitCode", "主办单位尚未登记");
                return Refusal.Invalid(errors);
            }

            return caller.CoversUnit(unit.Code, unit.RegionCode) ? null : Refusal.Forbidden("该单位不在您的管辖范围内");
        }

        return !caller.IsAdmin && (role == Roles.Admin || !caller.CoversRegion(regionCode))
            ? Refusal.Forbidden("只能在本辖区内管理监管用户")
            : null;
    }

    /// <summary>The region and unit a user of <paramref name="role"/> keeps: a supervisor only a region, a unit user only a unit.</summary>
    public static (string? Region, string? Unit) Keep(string role, string? regionCode, string? unitCode) =>
        (role == Roles.Supervisor ? regionCode : null, role == Roles.Unit && unitCode is not null ? UnifiedSocialCreditCode.Normalize(unitCode) : null);
}
