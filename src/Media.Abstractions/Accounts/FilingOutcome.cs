namespace Media.Abstractions.Accounts;

/// <summary>How a filing ended.</summary>
public enum FilingOutcomeKind
{
    Created = 0,
    Updated = 1,
    AlreadyExists = 2,
    NotFound = 3,
    Rejected = 4,

    /// <summary>A field of the request is wrong (400), as opposed to a filing the account's status refuses.</summary>
    Invalid = 5,
}

/// <summary>The result of a filing: the account as it now stands, or why nothing changed.</summary>
[GenerateSerializer, Immutable, Alias("media.filing-outcome")]
public sealed record FilingOutcome(
    [property: Id(0)] FilingOutcomeKind Kind,
    [property: Id(1)] AccountSnapshot? Account,
    [property: Id(2)] string? Field,
    [property: Id(3)] string? Error)
{
    /// <summary>
    /// The refusal of a filing whose unit was never registered. The account grain gives it and the API gives it before the
    /// grain (for a supervisor's filing): the same words either way.
    /// </summary>
    public const string UnitNotRegistered = "主办单位尚未登记，请先登记单位";

    /// <summary>The refusal of an account id that is not "platform:handle".</summary>
    public const string InvalidId = "账号标识无效";

    public static FilingOutcome Rejected(string field, string error) => new(FilingOutcomeKind.Rejected, null, field, error);
}
