namespace Media.Abstractions.Audit;

/// <summary>What a walk over the audit log's hash chain found.</summary>
/// <param name="Ok">Every chained row holds its content's hash and its predecessor's hash.</param>
/// <param name="Rows">How many rows the log holds.</param>
/// <param name="LegacyRows">Rows written before the chain existed (the chain's start, sealed by its first row).</param>
/// <param name="FirstBrokenAt">The id of the first row where the chain does not hold, or null (also when a whole lane's rows are gone: see <paramref name="Problem"/>).</param>
/// <param name="Problem">Why that row breaks the chain (Chinese), or null.</param>
/// <param name="Head">
/// The last row's hash when the chain has one lane (always on SQLite), otherwise a digest over every lane's last hash:
/// an operator who notes it elsewhere can later tell a cut tail of any lane.
/// </param>
/// <param name="Lanes">
/// How many lanes hold chained rows: one on SQLite; on PostgreSQL each silo's writer appends to a lane of its own (a new
/// one at each start), so the silos need not take turns on one chain.
/// </param>
public sealed record AuditChainReport(bool Ok, long Rows, long LegacyRows, long? FirstBrokenAt, string? Problem, string? Head, int Lanes);
