using Media.Abstractions;
using Media.Abstractions.Audit;
using Media.Abstractions.Index;
using Media.Abstractions.Storage;
using Media.Abstractions.Units;
using Media.Domain.Regions;
using Media.Domain.Units;
using Media.Domain.Validation;

namespace Media.Application.Units;

/// <summary>Registering units (主办单位) and reading one with its accounts, as the API and the admin page do it.</summary>
public static class UnitRegistry
{
    /// <summary>The refusal a unit user gets: units do not register units.</summary>
    public const string UnitForbidden = "单位用户不能登记单位";

    /// <summary>Registering a unit as the API and the admin page both do it: validation, the caller's reach, the grain, the audit row.</summary>
    public static async Task<Outcome<UnitRecord>> CreateAsync(Caller caller, CreateUnitRequest body, IGrainFactory grains, RegionCatalog regions,
        IAuditLog audit, TimeProvider clock)
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

        if (!caller.CoversRegion(body.RegionCode))
        {
            return RegionFanOut.OutsideJurisdiction;
        }

        var code = UnifiedSocialCreditCode.Normalize(body.Code!);
        var unit = new UnitRecord(code, body.Name!.Trim(), body.RegionCode!, body.Level!, body.Kind!,
            string.IsNullOrWhiteSpace(body.Email) ? null : body.Email.Trim(), clock.GetUtcNow());
        if (!await grains.Ref<IUnitGrain>(code).CreateAsync(unit))
        {
            return Refusal.Conflict($"统一社会信用代码为 {code} 的单位已登记");
        }

        await audit.AppendAsync(new AuditEntry(unit.CreatedAt, caller.Username, "unit.create", "unit:" + code, null, AuditJson.Of(unit)));
        return unit;
    }

    /// <summary>A unit with its accounts, if the caller may see it.</summary>
    public static async Task<Outcome<UnitView>> FindAsync(Caller caller, string code, IGrainFactory grains, RegionCatalog regions)
    {
        if (UnifiedSocialCreditCode.Validate(code) is not null)
        {
            return Refusal.NotFound("单位不存在");
        }

        var unit = await grains.Ref<IUnitGrain>(UnifiedSocialCreditCode.Normalize(code)).GetAsync();
        if (unit is null || !caller.CoversUnit(unit.Code, unit.RegionCode))
        {
            return Refusal.NotFound("单位不存在或不在您的管辖范围内");
        }

        var page = await grains.Ref<IRegionIndexGrain>(unit.RegionCode)
            .QueryAsync(new IndexQuery(null, null, unit.Code, null, int.MaxValue));
        return UnitView.From(unit, regions, page.Items);
    }

    private static FieldErrors Validate(CreateUnitRequest body, RegionCatalog regions)
    {
        var errors = new FieldErrors();
        var codeValid = !errors.AddIfInvalid("code", UnifiedSocialCreditCode.Validate(body.Code));
        errors.AddIfInvalid("name", FieldRules.Required(body.Name, 100));
        var regionValid = RegionCode.TryParse(body.RegionCode, out var region) && regions.IsKnown(region);
        if (!regionValid)
        {
            errors.Add("regionCode", "行政区划代码无效或不在区划表中");
        }

        if (!UnitLevels.TryParse(body.Level, out UnitLevel level))
        {
            errors.Add("level", "层级须为 province、city、county 或 township");
        }
        else if (codeValid && regionValid)
        {
            // Only once code, region and level are each valid: the cross-checks name them, so they must be real values.
            errors.AddIfInvalid("regionCode", UnitRegionRules.CheckLevel(level, region));
            errors.AddIfInvalid("code", UnitRegionRules.CheckCreditCode(body.Code!, region));
        }

        if (!UnitLevels.TryParse(body.Kind, out UnitKind _))
        {
            errors.Add("kind", "类型须为 government 或 department");
        }

        if (!string.IsNullOrWhiteSpace(body.Email))
        {
            errors.AddIfInvalid("email", FieldRules.Email(body.Email));
        }

        return errors;
    }
}
