using System.Collections.Immutable;
using System.Globalization;

namespace Media.Abstractions.Accounts;

/// <summary>
/// What a change filing altered in a record, item by item, under the API's field names (SPEC §3.1 history). Here rather
/// than in the grain, so a sheet import's dry run shows the same lines the filing will record.
/// </summary>
public static class FilingDifferences
{
    /// <summary>The items whose value differs between <paramref name="before"/> and <paramref name="after"/>, in form order.</summary>
    public static ImmutableArray<FieldDifference> Between(AccountSnapshot before, AccountSnapshot after)
    {
        var items = ImmutableArray.CreateBuilder<FieldDifference>();
        void Compare(string field, string? old, string? now)
        {
            if (!string.Equals(old, now, StringComparison.Ordinal))
            {
                items.Add(new FieldDifference(field, old, now));
            }
        }

        var (a, b) = (before.Profile, after.Profile);
        Compare("name", a.Name, b.Name);
        Compare("url", a.Url, b.Url);
        Compare("feedUrl", a.FeedUrl, b.FeedUrl);
        Compare("interaction", Flag(a.Interaction), Flag(b.Interaction));
        Compare("responsible.name", a.Responsible.Name, b.Responsible.Name);
        Compare("responsible.phone", a.Responsible.Phone, b.Responsible.Phone);
        Compare("responsible.email", a.Responsible.Email, b.Responsible.Email);
        Compare("operator.name", a.Operator?.Name, b.Operator?.Name);
        Compare("operator.contact", a.Operator?.Contact, b.Operator?.Contact);
        Compare("approval.authority", before.Approval?.Authority, after.Approval?.Authority);
        Compare("approval.documentNo", before.Approval?.DocumentNo, after.Approval?.DocumentNo);
        Compare("approval.approvedOn", Date(before.Approval?.ApprovedOn), Date(after.Approval?.ApprovedOn));
        return items.ToImmutable();
    }

    private static string Flag(bool value) => value ? "true" : "false";

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
