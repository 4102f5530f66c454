namespace Media.Abstractions.Accounts;

/// <summary>
/// A change filing's new details of the responsible person: only what changed, so a new phone number keeps the name
/// and email on record (a null member stays as it was).
/// </summary>
[GenerateSerializer, Immutable, Alias("media.contact-changes")]
public sealed record ContactChanges(
    [property: Id(0)] string? Name,
    [property: Id(1)] string? Phone,
    [property: Id(2)] string? Email)
{
    /// <summary>True when nothing about the person changes.</summary>
    public bool IsEmpty => Name is null && Phone is null && Email is null;

    /// <summary>The person after this change.</summary>
    public ContactPerson ApplyTo(ContactPerson person) => new(Name ?? person.Name, Phone ?? person.Phone, Email ?? person.Email);
}
