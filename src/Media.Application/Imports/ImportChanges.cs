using System.Collections.Immutable;
using Media.Abstractions.Accounts;

namespace Media.Application.Imports;

/// <summary>
/// What a sheet row changes in its filed record with <c>onExisting=update</c>: the items the row states whose value differs
/// from the record, as a change filing carries them. An item the row leaves empty stays as filed, since a change filing
/// cannot clear an item (an empty cell in a sheet more often means "not surveyed" than "remove").
/// </summary>
internal static class ImportChanges
{
    /// <summary>An account row: every item of the change form (name, URLs, interaction, the person, operator, approval).</summary>
    public static AccountChanges Account(AccountSnapshot filed, OpenAccountCommand wanted)
    {
        var (was, now) = (filed.Profile, wanted.Profile);
        return new AccountChanges(Stated(was.Name, now.Name), Stated(was.Url, now.Url), Stated(was.FeedUrl, now.FeedUrl),
            was.Interaction == now.Interaction ? null : now.Interaction, null,
            now.Operator is { } given && given != was.Operator ? given : null,
            Person(was.Responsible, now.Responsible),
            wanted.Approval is { } approval && approval != filed.Approval ? approval : null);
    }

    /// <summary>
    /// A website row: its name, home URL and, when the row names one, its responsible person. ICP, public-security and
    /// columns are not items of a change filing (the columns have their own confirmation), and a row without a person
    /// leaves the record's as it is instead of handing the site back to its unit.
    /// </summary>
    public static AccountChanges Website(AccountSnapshot filed, OpenAccountCommand wanted, bool namesPerson) =>
        new(Stated(filed.Profile.Name, wanted.Profile.Name), Stated(filed.Profile.Url, wanted.Profile.Url), null, null, null, null,
            namesPerson ? Person(filed.Profile.Responsible, wanted.Profile.Responsible) : null);

    /// <summary>The lines the change filing will record (<see cref="FilingDifferences"/>), worked out before it is filed.</summary>
    public static ImmutableArray<FieldDifference> Differences(AccountSnapshot filed, AccountChanges changes) =>
        FilingDifferences.Between(filed, filed with
        {
            Profile = changes.ApplyTo(filed.Profile),
            Approval = changes.Approval ?? filed.Approval,
        });

    private static ContactChanges? Person(ContactPerson was, ContactPerson now) =>
        new ContactChanges(Stated(was.Name, now.Name), Stated(was.Phone, now.Phone), Stated(was.Email, now.Email)) is { IsEmpty: false } changed
            ? changed
            : null;

    private static string? Stated(string? was, string? now) =>
        !string.IsNullOrEmpty(now) && !string.Equals(was, now, StringComparison.Ordinal) ? now : null;
}
