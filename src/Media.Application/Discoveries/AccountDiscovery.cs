using Media.Abstractions;
using Media.Abstractions.Accounts;
using Media.Application.Accounts;
using Media.Domain.Accounts;
using Media.Domain.Regions;
using Media.Domain.Validation;

namespace Media.Application.Discoveries;

/// <summary>
/// A supervisor reports an account that no unit has filed (SPEC §3.3): the account grain keeps the discovery and opens its
/// <c>filing-missing</c> violation. Reporting it again answers the first discovery unchanged (its date is what the filing
/// deadline counts from); a filed account cannot be discovered (409). Units report nothing here (403).
/// </summary>
public static class AccountDiscovery
{
    public const int MaxUnitNameLength = 100;

    public static async Task<Outcome<DiscoveryResult>> DiscoverAsync(Caller caller, DiscoverAccountRequest body, IGrainFactory grains,
        RegionCatalog regions)
    {
        if (caller.IsUnit)
        {
            return Refusal.Forbidden("未备案账号由监管单位登记");
        }

        var errors = new FieldErrors();
        if (!Platforms.IsKnown(body.Platform))
        {
            errors.Add("platform", "平台须为以下之一：" + Platforms.NameList);
        }

        errors.AddIfInvalid("handle", PlatformHandles.Validate(body.Platform, body.Handle));
        errors.AddIfInvalid("name", FieldRules.Required(body.Name, AccountRequestValidator.MaxNameLength));
        if (body.Url is not null)
        {
            errors.AddIfInvalid("url", FieldRules.HttpUrl(body.Url));
        }

        if (body.UnitName is not null)
        {
            errors.AddIfInvalid("unitName", FieldRules.Required(body.UnitName, MaxUnitNameLength));
        }

        if (!RegionCode.TryParse(body.RegionCode, out var region) || !regions.IsKnown(region))
        {
            errors.Add("regionCode", "行政区划代码无效或不在区划表中");
        }
        else if (!caller.CoversRegion(region.Value))
        {
            errors.Add("regionCode", "该行政区划不在您的管辖范围内");
        }

        if (!errors.IsEmpty)
        {
            return Refusal.Invalid(errors);
        }

        var id = AccountKey.For(body.Platform!, body.Handle!);
        var command = new DiscoverAccountCommand(body.Name!.Trim(), Trim(body.Url), region.Value, Trim(body.UnitName), caller.Username);
        var outcome = await grains.Ref<IAccountGrain>(id).DiscoverAsync(command);
        return outcome.Kind switch
        {
            DiscoveryOutcomeKind.AlreadyFiled => Refusal.Conflict($"账号 {id} 已由主办单位备案，不属于未备案账号", "账号已备案"),
            _ => new DiscoveryResult(outcome.Discovery!, outcome.Kind == DiscoveryOutcomeKind.Created),
        };
    }

    private static string? Trim(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
