namespace Media.Abstractions.Audit;

/// <summary>What a walk over the audit log's hash chain found.</summary>
/// <param name="Ok">Every chained row holds its content's hash and its predecessor's hash.</param>
/// <param name="Rows">How many rows the log holds.</param>
/// <param name="LegacyRows">Rows written before the chain existed (the chain's start, sealed by its first row).</param>
/// <param name="FirstBrokenAt">The id of the first row where the chain does not hold, or null.</param>
/// <param name="Problem">Why that row breaks the chain (Chinese), or null.</param>
/// <param name="Head">The last row's hash: an operator who notes it elsewhere can later tell a cut tail.</param>
public sealed record AuditChainReport(bool Ok, long Rows, long LegacyRows, long? FirstBrokenAt, string? Problem, string? Head);
