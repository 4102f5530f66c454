using System.Text.Json.Nodes;
using Media.Abstractions.Audit;

namespace Media.Silo.Api.Accounts;

/// <summary>An audit entry with its before/after records as JSON objects rather than strings.</summary>
public sealed record AuditView(DateTimeOffset OccurredAt, string Actor, string Action, string Subject, JsonNode? Before,
    JsonNode? After)
{
    public static AuditView From(AuditEntry e) => new(e.OccurredAt, e.Actor, e.Action, e.Subject,
        e.Before is null ? null : JsonNode.Parse(e.Before), e.After is null ? null : JsonNode.Parse(e.After));
}
