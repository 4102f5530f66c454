namespace Media.Abstractions.Accounts;

/// <summary>What a change filing alters; a null member stays as it was.</summary>
[GenerateSerializer, Immutable, Alias("media.account-changes")]
public sealed record AccountChanges(
    [property: Id(0)] string? Name,
    [property: Id(1)] string? Url,
    [property: Id(2)] string? FeedUrl,
    [property: Id(3)] bool? Interaction,
    [property: Id(4)] ContactPerson? Responsible,
    [property: Id(5)] OperatorRecord? Operator)
{
    /// <summary>True when the change alters nothing.</summary>
    public bool IsEmpty => Name is null && Url is null && FeedUrl is null && Interaction is null
        && Responsible is null && Operator is null;

    /// <summary>The profile after this change.</summary>
    public AccountProfile ApplyTo(AccountProfile profile) => profile with
    {
        Name = Name ?? profile.Name,
        Url = Url ?? profile.Url,
        FeedUrl = FeedUrl ?? profile.FeedUrl,
        Interaction = Interaction ?? profile.Interaction,
        Responsible = Responsible ?? profile.Responsible,
        Operator = Operator ?? profile.Operator,
    };
}
