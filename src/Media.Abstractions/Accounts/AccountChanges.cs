namespace Media.Abstractions.Accounts;

/// <summary>
/// What a change filing alters; a null member stays as it was. <see cref="Responsible"/> replaced the whole person (filings
/// before partial changes); new filings carry <see cref="ResponsibleChanges"/>, only the person's details that changed.
/// </summary>
[GenerateSerializer, Immutable, Alias("media.account-changes")]
public sealed record AccountChanges(
    [property: Id(0)] string? Name,
    [property: Id(1)] string? Url,
    [property: Id(2)] string? FeedUrl,
    [property: Id(3)] bool? Interaction,
    [property: Id(4)] ContactPerson? Responsible,
    [property: Id(5)] OperatorRecord? Operator,
    [property: Id(6)] ContactChanges? ResponsibleChanges = null,
    [property: Id(7)] ApprovalRecord? Approval = null)
{
    /// <summary>True when the change alters nothing.</summary>
    public bool IsEmpty => Name is null && Url is null && FeedUrl is null && Interaction is null
        && Responsible is null && Operator is null && (ResponsibleChanges?.IsEmpty ?? true) && Approval is null;

    /// <summary>The profile after this change.</summary>
    public AccountProfile ApplyTo(AccountProfile profile) => profile with
    {
        Name = Name ?? profile.Name,
        Url = Url ?? profile.Url,
        FeedUrl = FeedUrl ?? profile.FeedUrl,
        Interaction = Interaction ?? profile.Interaction,
        Responsible = ResponsibleChanges?.ApplyTo(Responsible ?? profile.Responsible) ?? Responsible ?? profile.Responsible,
        Operator = Operator ?? profile.Operator,
    };
}
