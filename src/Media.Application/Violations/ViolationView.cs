using Media.Abstractions.Monitoring;
using Media.Domain.Monitoring;

namespace Media.Application.Violations;

/// <summary>A violation as the API shows it, with the rule's Chinese name and kind.</summary>
public sealed record ViolationView(string Id, string AccountId, string Rule, string RuleName, RuleKind Kind,
    DateTimeOffset DetectedAt, ViolationStatus Status, string Evidence, DateTimeOffset? ClosedAt, string? ClosedBy,
    Rectification? Rectification, string? Source = null, string? RaisedBy = null, string? ReviewNote = null,
    string? UnitCode = null, string? UnitName = null, string? RegionCode = null, string? RegionName = null)
{
    public static ViolationView From(ViolationRecord v) => new(v.Id, v.AccountId, v.Rule, MonitoringRules.DisplayName(v.Rule),
        MonitoringRules.KindOf(v.Rule), v.DetectedAt, v.Status, v.Evidence, v.ClosedAt, v.ClosedBy, v.Rectification,
        v.Source, v.RaisedBy, v.ReviewNote);
}
