namespace Media.Abstractions.Accounts;

/// <summary>The person responsible for an account, with the phone and email alerts go to.</summary>
[GenerateSerializer, Immutable, Alias("media.contact-person")]
public sealed record ContactPerson(
    [property: Id(0)] string Name,
    [property: Id(1)] string Phone,
    [property: Id(2)] string Email);
