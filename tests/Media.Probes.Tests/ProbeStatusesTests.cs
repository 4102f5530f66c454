using System.Text.Encodings.Web;
using System.Text.Json;
using Media.Probes.Extractors;

namespace Media.Probes.Tests;

public class ProbeStatusesTests
{
    private static readonly JsonSerializerOptions CliJson =
        new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Theory]
    [InlineData(ProbeStatus.Ok, "ok")]
    [InlineData(ProbeStatus.Blocked, "blocked")]
    [InlineData(ProbeStatus.Expired, "expired")]
    [InlineData(ProbeStatus.NotFound, "not-found")]
    [InlineData(ProbeStatus.Error, "error")]
    public void Status_ids_round_trip(ProbeStatus status, string id)
    {
        Assert.Equal(id, ProbeStatuses.ToId(status));
        Assert.True(ProbeStatuses.TryParse(id, out var parsed));
        Assert.Equal(status, parsed);
    }

    [Theory]
    [InlineData("OK")]
    [InlineData("notfound")]
    [InlineData("")]
    [InlineData(null)]
    public void Other_spellings_are_not_statuses(string? id) => Assert.False(ProbeStatuses.TryParse(id, out _));

    [Theory]
    [InlineData(403, ProbeStatus.Blocked)]
    [InlineData(418, ProbeStatus.Blocked)]
    [InlineData(429, ProbeStatus.Blocked)]
    [InlineData(432, ProbeStatus.Blocked)]
    [InlineData(404, ProbeStatus.NotFound)]
    [InlineData(410, ProbeStatus.NotFound)]
    [InlineData(401, ProbeStatus.Expired)]
    [InlineData(500, ProbeStatus.Error)]
    public void Http_statuses_map_to_gaps(int status, ProbeStatus expected) =>
        Assert.Equal(expected, HttpSignals.FromStatus(status)!.Status);

    [Fact]
    public void A_success_status_or_none_lets_the_content_speak()
    {
        Assert.Null(HttpSignals.FromStatus(200));
        Assert.Null(HttpSignals.FromStatus(null));
    }

    [Fact]
    public void A_result_serialises_in_the_shape_of_the_probe_command()
    {
        var post = new ProbedPost("1_1", new DateTimeOffset(2018, 3, 19, 5, 30, 0, TimeSpan.FromHours(8)), "标题", null, Repost: false);
        var result = ProbeResult.Ok([post]) with { Status = ProbeStatus.NotFound };

        var json = JsonSerializer.Serialize(result, CliJson);

        Assert.StartsWith("""{"status":"not-found","latestPostAt":"2018-03-19T05:30:00+08:00","posts":[{"postId":"1_1","publishedAt":"2018-03-19T05:30:00+08:00","title":"标题",""", json, StringComparison.Ordinal);
        Assert.Equal(ProbeStatus.NotFound, JsonSerializer.Deserialize<ProbeStatus>("\"not-found\""));
    }
}
