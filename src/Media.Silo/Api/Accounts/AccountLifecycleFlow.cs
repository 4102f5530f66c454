using Media.Abstractions.Accounts;
using Media.Domain.Validation;
using Media.Silo.Auth;

namespace Media.Silo.Api.Accounts;

/// <summary>Filing a change, closure or cancellation, as the API and the web form both do it.</summary>
public static class AccountLifecycleFlow
{
    /// <summary>Field errors, not found (or outside the jurisdiction), or the grain's outcome.</summary>
    public sealed record Result(FieldErrors Errors, bool NotFound, FilingOutcome? Outcome);

    public static async Task<Result> FileAsync(Caller caller, string id, LifecycleRequest body, IGrainFactory grains)
    {
        var errors = new FieldErrors();
        if (await AccountsApi.VisibleAccountAsync(id, caller, grains) is null)
        {
            return new Result(errors, true, null);
        }

        var command = AccountRequestValidator.Validate(body, caller.Username, errors);
        return command is null
            ? new Result(errors, false, null)
            : new Result(errors, false, await grains.GetGrain<IAccountGrain>(id).FileAsync(command));
    }
}
