using Media.Domain.Validation;

namespace Media.Application;

/// <summary>The kinds of "no" a use case gives; the API maps each to one status code.</summary>
public enum RefusalKind
{
    /// <summary>The input is wrong; the field errors say where.</summary>
    Invalid,

    /// <summary>The thing does not exist, or not within the caller's jurisdiction (the two are not told apart).</summary>
    NotFound,

    /// <summary>The caller's role or jurisdiction does not allow the step.</summary>
    Forbidden,

    /// <summary>The thing exists already, or its state does not allow the step.</summary>
    Conflict,
}

/// <summary>
/// Why a use case did nothing: its kind, a Chinese message for people, the field errors of an invalid input,
/// a short title for a conflict (the API's problem title), and any grouped details an API client needs too
/// (an import's rows).
/// </summary>
public sealed record Refusal(RefusalKind Kind, string Message, IReadOnlyDictionary<string, string[]> Errors, string? Title = null,
    IReadOnlyDictionary<string, object?>? Extensions = null)
{
    /// <summary>What a page says above a form whose fields have messages.</summary>
    public const string FixFields = "请按提示修改后重新提交";

    private static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();

    public static Refusal Invalid(FieldErrors errors, string message = FixFields) => new(RefusalKind.Invalid, message, errors.ToDictionary());

    public static Refusal Invalid(string field, string error) =>
        new(RefusalKind.Invalid, FixFields, new Dictionary<string, string[]> { [field] = [error] });

    public static Refusal NotFound(string message) => new(RefusalKind.NotFound, message, NoErrors);

    public static Refusal Forbidden(string message) => new(RefusalKind.Forbidden, message, NoErrors);

    public static Refusal Conflict(string message, string? title = null) => new(RefusalKind.Conflict, message, NoErrors, title);
}
