using Media.Abstractions;
using Media.Abstractions.Accounts;
using Media.Domain.Validation;

namespace Media.Application.Accounts;

/// <summary>
/// Filing a change, closure or cancellation, as the API and the web form both do it, once the caller has found the
/// account inside its jurisdiction (each does that first: the API answers 404 before it reads the body).
/// </summary>
public static class AccountLifecycleFlow
{
    /// <summary>The problem title of a filing the account's status does not allow.</summary>
    public const string StatusConflict = "账号状态不允许此备案";

    /// <summary>The account after the filing, or why there was none.</summary>
    public static async Task<Outcome<AccountSnapshot>> FileAsync(Caller caller, string id, LifecycleRequest body, IGrainFactory grains)
    {
        var errors = new FieldErrors();
        if (AccountRequestValidator.Validate(body, caller.Username, errors) is not { } command)
        {
            return Refusal.Invalid(errors);
        }

        var outcome = await grains.Ref<IAccountGrain>(id).FileAsync(command);
        return outcome.Kind switch
        {
            FilingOutcomeKind.NotFound => Refusal.NotFound("账号不存在"),
            FilingOutcomeKind.Updated => outcome.Account!,
            FilingOutcomeKind.Invalid => Refusal.Invalid(outcome.Field ?? "body", outcome.Error ?? "备案日期无效"),
            _ => Refusal.Conflict(outcome.Error ?? StatusConflict, StatusConflict),
        };
    }
}
