using Media.Abstractions;
using Media.Abstractions.Accounts;
using Media.Abstractions.Units;
using Media.Domain.Accounts;
using Media.Domain.Validation;

namespace Media.Application.Accounts;

/// <summary>Opening an account, as the API and the web form both do it: the same checks in the same order.</summary>
public static class AccountOpeningFlow
{
    /// <summary>The account as filed, or why it was not.</summary>
    public static async Task<Outcome<AccountSnapshot>> OpenAsync(Caller caller, FileAccountRequest body, IGrainFactory grains)
    {
        var errors = new FieldErrors();
        if (AccountRequestValidator.Validate(body, caller.Username, errors) is not { } command)
        {
            return Refusal.Invalid(errors);
        }

        // An admin may file for every unit and a unit for itself: the account grain reads the unit anyway and refuses one
        // never registered with the same message, so only the others' filings read it here first (one call fewer per
        // filing; in a cluster, usually one to another silo).
        if (!ReachIsCertain(caller, command.UnitCode) && await UnitInReachAsync(caller, command.UnitCode, grains) is { IsDone: false } unit)
        {
            return unit.Refusal;
        }

        var id = AccountKey.For(body.Platform!, body.Handle!);
        var outcome = await grains.Ref<IAccountGrain>(id).OpenAsync(command);
        return outcome.Kind switch
        {
            FilingOutcomeKind.Created => outcome.Account!,
            FilingOutcomeKind.AlreadyExists => Refusal.Conflict($"账号 {id} 已备案"),
            _ => Refusal.Invalid(outcome.Field ?? "body", outcome.Error ?? "备案被拒绝"),
        };
    }

    private static bool ReachIsCertain(Caller caller, string unitCode) =>
        caller.IsAdmin || (caller.IsUnit && string.Equals(caller.UnitCode, unitCode, StringComparison.Ordinal));

    /// <summary>The unit a filing names, if it is registered and the caller may file for it (an account's or a website's).</summary>
    public static async Task<Outcome<UnitRecord>> UnitInReachAsync(Caller caller, string unitCode, IGrainFactory grains)
    {
        var unit = await grains.Ref<IUnitGrain>(unitCode).GetAsync();
        if (unit is null)
        {
            return Refusal.Invalid("unitCode", FilingOutcome.UnitNotRegistered);
        }

        return caller.CoversUnit(unit.Code, unit.RegionCode) ? unit : Refusal.Forbidden("不能为管辖范围以外的单位备案");
    }
}
