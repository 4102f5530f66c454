using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Media.Domain.Time;
using Media.Probes;

namespace Media.Cli.Probe;

/// <summary>
/// The JSON of SPEC §5.2: <c>{status, latestPostAt, posts, site?}</c> plus <c>detail</c>, <c>accountName</c>
/// and <c>handle</c> when known. Absent values are left out rather than written as null.
/// </summary>
internal static class ProbeReport
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Printed to a terminal or a file, never into HTML: Chinese and "+08:00" stay readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
        Converters = { new BeijingInstantJsonConverter() },
    };

    public static string ToJson(ProbeResult result) => JsonSerializer.Serialize(Report.From(result), Json);

    /// <summary>One human line for stderr.</summary>
    public static string Summary(string extractorId, ProbeResult result, TimeSpan elapsed)
    {
        var latest = result.LatestPostAt is { } at
            ? "，最新 " + BeijingTime.ToBeijing(at).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)
            : "";
        var detail = result.Detail is null ? "" : $"；{result.Detail}";
        return $"{extractorId}: {ProbeStatuses.ToId(result.Status)}，{result.Posts.Count} 条{latest}，用时 {elapsed.TotalSeconds:0.00} 秒{detail}";
    }

    private sealed record Report(
        ProbeStatus Status,
        DateTimeOffset? LatestPostAt,
        IReadOnlyList<Post> Posts,
        SiteIdentifiers? Site,
        string? Detail,
        string? AccountName,
        string? Handle,
        SitePageReport? Page)
    {
        public static Report From(ProbeResult r) =>
            new(r.Status, r.LatestPostAt, [.. r.Posts.Select(Post.From)], r.Site, r.Detail, r.AccountName, r.Handle,
                SitePageReport.From(r.Page));
    }

    // Only the SPEC's post fields; repost is written only when true, like the other optional fields.
    private sealed record Post(string? PostId, DateTimeOffset PublishedAt, string? Title, string? Url, bool? Repost)
    {
        public static Post From(ProbedPost p) => new(p.PostId, p.PublishedAt, p.Title, p.Url, p.Repost ? true : null);
    }
}
