namespace Media.Abstractions.Accounts;

/// <summary>
/// One item a change filing altered, with its value before and after, kept on the filing when it is made (later
/// filings change the record again, so the history could not work the old value out afterwards). <see cref="Field"/> is
/// the API's field name (<c>responsible.phone</c>); values are as stored, dates <c>yyyy-MM-dd</c>, booleans
/// <c>true</c>/<c>false</c>, and null for an item that was or became empty.
/// </summary>
[GenerateSerializer, Immutable, Alias("media.field-difference")]
public sealed record FieldDifference(
    [property: Id(0)] string Field,
    [property: Id(1)] string? Before,
    [property: Id(2)] string? After);
