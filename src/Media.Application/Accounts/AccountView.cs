using Media.Abstractions.Accounts;
using Media.Abstractions.Monitoring;
using Media.Application.Violations;
using Media.Domain.Accounts;
using Media.Domain.Filing;
using Media.Domain.Regions;

namespace Media.Application.Accounts;

/// <summary>An account as the API returns it: the record, its opening filing, history and findings.</summary>
public sealed record AccountView(
    string Id,
    string Platform,
    string PlatformName,
    string Handle,
    string Name,
    string? Url,
    string? FeedUrl,
    string UnitCode,
    string RegionCode,
    string? RegionName,
    bool Interaction,
    ContactPerson Responsible,
    OperatorRecord? Operator,
    ApprovalRecord? Approval,
    string? ExceptionReason,
    DateOnly OpenedOn,
    AccountStatus Status,
    FilingSummary Filing,
    IReadOnlyList<FilingEntry> Filings,
    IReadOnlyList<FindingView> Findings,
    ActivityView? Activity = null,
    IReadOnlyList<ViolationView>? Violations = null)
{
    public static AccountView From(AccountSnapshot a, RegionCatalog regions)
    {
        var open = a.Filings[0];
        return new AccountView(a.Id, a.Platform, Platforms.DisplayName(a.Platform), a.Handle, a.Profile.Name,
            a.Profile.Url, a.Profile.FeedUrl, a.UnitCode, a.RegionCode,
            regions.FullNameOf(Domain.Regions.RegionCode.Parse(a.RegionCode)), a.Profile.Interaction,
            a.Profile.Responsible, a.Profile.Operator, a.Approval, a.ExceptionReason, a.OpenedOn, a.Status,
            new FilingSummary(open.EffectiveOn, open.FiledAt, open.Deadline, open.Late), a.Filings,
            [.. a.Findings.Select(f => new FindingView(f.Rule, RuleIds.DisplayName(f.Rule), f.Message, f.DetectedAt))]);
    }
}

/// <summary>The opening filing: when the account opened, when it was filed, the deadline, and if late.</summary>
public sealed record FilingSummary(DateOnly OpenedOn, DateTimeOffset FiledAt, DateOnly Deadline, bool Late);

/// <summary>A finding with its Chinese rule name.</summary>
public sealed record FindingView(string Rule, string RuleName, string Message, DateTimeOffset DetectedAt);
