using Media.Abstractions;
using Media.Abstractions.Accounts;
using Media.Abstractions.Units;
using Media.Domain.Accounts;
using Media.Domain.Validation;
using Media.Silo.Auth;

namespace Media.Silo.Api.Accounts;

/// <summary>Opening an account, as the API and the web form both do it: the same checks in the same order.</summary>
public static class AccountOpeningFlow
{
    /// <summary>What happened: field errors, a refusal (unit outside the jurisdiction), or the grain's outcome.</summary>
    public sealed record Result(string? Id, FieldErrors Errors, string? Forbidden, FilingOutcome? Outcome);

    public static async Task<Result> OpenAsync(Caller caller, FileAccountRequest body, IGrainFactory grains)
    {
        var errors = new FieldErrors();
        var command = AccountRequestValidator.Validate(body, caller.Username, errors);
        if (command is null)
        {
            return new Result(null, errors, null, null);
        }

        var unit = await grains.Ref<IUnitGrain>(command.UnitCode).GetAsync();
        if (unit is null)
        {
            errors.Add("unitCode", "主办单位尚未登记，请先登记单位");
            return new Result(null, errors, null, null);
        }

        if (!caller.CoversUnit(unit.Code, unit.RegionCode))
        {
            return new Result(null, errors, "不能为管辖范围以外的单位备案", null);
        }

        var id = AccountKey.For(body.Platform!, body.Handle!);
        return new Result(id, errors, null, await grains.Ref<IAccountGrain>(id).OpenAsync(command));
    }
}
