using Media.Abstractions;
using Media.Abstractions.Accounts;
using Media.Domain.Validation;
using Media.Silo.Auth;

namespace Media.Silo.Api.Accounts;

/// <summary>
/// Filing a change, closure or cancellation, as the API and the web form both do it, once the caller has found the
/// account inside its jurisdiction (each does that first: the API answers 404 before it reads the body).
/// </summary>
public static class AccountLifecycleFlow
{
    /// <summary>Field errors, or the grain's outcome.</summary>
    public sealed record Result(FieldErrors Errors, FilingOutcome? Outcome);

    public static async Task<Result> FileAsync(Caller caller, string id, LifecycleRequest body, IGrainFactory grains)
    {
        var errors = new FieldErrors();
        var command = AccountRequestValidator.Validate(body, caller.Username, errors);
        return new Result(errors, command is null ? null : await grains.Ref<IAccountGrain>(id).FileAsync(command));
    }
}
