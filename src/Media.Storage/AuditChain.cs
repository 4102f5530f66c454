using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Media.Storage;

/// <summary>One audit row as stored: the text the chain's hashes cover.</summary>
internal sealed record AuditRow(long Id, string OccurredAt, string Actor, string Action, string Subject, string? Before, string? After);

/// <summary>
/// The audit log's hash chain. A row's hash is SHA-256 over its canonical form followed by the previous row's hash,
/// so changing, removing or slipping in a row breaks every later link. The canonical form names a version, then the
/// row's id and each column as its length, a colon and its text (null as <c>~</c>), one per line: no two different
/// rows share a form, whatever their text holds. The chain has no key: it shows tampering by anyone who does not also
/// recompute every later hash, and the head it reports lets an operator who noted it elsewhere see a cut tail.
/// </summary>
internal static class AuditChain
{
    /// <summary>The previous hash of the first row of an empty log.</summary>
    public static readonly string Genesis = new('0', 64);

    public static string Hash(AuditRow row, string prevHash)
    {
        var form = new StringBuilder("media-audit/1\n")
            .Append(row.Id.ToString(CultureInfo.InvariantCulture)).Append('\n');
        foreach (var field in new[] { row.OccurredAt, row.Actor, row.Action, row.Subject, row.Before, row.After })
        {
            form.Append(field is null ? "~" : field.Length.ToString(CultureInfo.InvariantCulture) + ":" + field).Append('\n');
        }

        form.Append(prevHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(form.ToString())));
    }

    /// <summary>
    /// What the first chained row links to when rows were written before the chain existed: the hash the last of them
    /// would have had, had they been chained from <see cref="Genesis"/>. Changing one of them later breaks that link.
    /// </summary>
    public static string Seal(IEnumerable<AuditRow> legacyRows) => legacyRows.Aggregate(Genesis, (prev, row) => Hash(row, prev));

    /// <summary>
    /// The head a report gives when the chain has several lanes: SHA-256 over each lane's number and head in lane order,
    /// so cutting the tail of any lane, or a whole lane, changes it.
    /// </summary>
    public static string LanesDigest(IEnumerable<KeyValuePair<long, string>> heads)
    {
        var form = new StringBuilder("media-audit-lanes/1\n");
        foreach (var (lane, head) in heads)
        {
            form.Append(lane.ToString(CultureInfo.InvariantCulture)).Append(':').Append(head).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(form.ToString())));
    }
}
