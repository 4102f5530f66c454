namespace Media.Probes.Http;

/// <summary>
/// Names that exist on no public network (RFC 2606, RFC 6761, RFC 6762): a probe never asks a resolver about them,
/// so a filing's URL cannot make Media's DNS traffic reach an internal or attacker-chosen resolver, and a name that
/// some local resolver happens to answer cannot lead a probe inside. <c>localhost</c> and <c>*.localhost</c> are
/// loopback by definition: they are answered here, without a resolver, and the address policy then judges loopback
/// as it judges <c>127.0.0.1</c> (refused unless private addresses are allowed).
/// </summary>
internal static class ReservedNames
{
    private static readonly string[] RefusedSuffixes = ["test", "example", "invalid", "local"];

    /// <summary>Why <paramref name="host"/> is never fetched, or null when it may be resolved.</summary>
    public static string? Refusal(string host)
    {
        var name = Normalize(host);
        var suffix = RefusedSuffixes.FirstOrDefault(s => name == s || name.EndsWith("." + s, StringComparison.Ordinal));
        return suffix is null ? null : $"{host} 属于保留域名 .{suffix}，不在公网上：不做域名解析，也不访问（reserved name, not resolved）";
    }

    /// <summary>Whether <paramref name="host"/> is a loopback name, answered without a resolver.</summary>
    public static bool IsLoopback(string host)
    {
        var name = Normalize(host);
        return name == "localhost" || name.EndsWith(".localhost", StringComparison.Ordinal);
    }

    // "EXAMPLE.test." is example.test: case does not matter in DNS, and a final dot only says the name is absolute.
    private static string Normalize(string host) => host.TrimEnd('.').ToLowerInvariant();
}
