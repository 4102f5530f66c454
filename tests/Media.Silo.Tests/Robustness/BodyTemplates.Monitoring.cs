using System.Globalization;
using System.Text.Json.Nodes;
using Media.Domain.Time;
using static Media.Silo.Tests.Robustness.FieldSpec;

namespace Media.Silo.Tests.Robustness;

/// <summary>Valid bodies of the sampling and rectification endpoints.</summary>
internal static partial class BodyTemplates
{
    // A past quarter and a Guangzhou district chosen per case, so an accepted mutation shows up as a new sampling, not a 409.
    private static readonly string[] SamplingRegions = ["440103", "440104", "440105", "440106", "440111", "440112", "440113", "440114"];

    public static BodyTemplate Samplings() => new("sampling", "/api/samplings", r => new JsonObject
    {
        ["quarter"] = $"{2010 + r.Next(16)}Q{1 + r.Next(4)}",
        ["regionCode"] = SamplingRegions[r.Next(SamplingRegions.Length)],
        ["ratio"] = 0.35m,
        ["seed"] = "s" + r.Next().ToString("x8", CultureInfo.InvariantCulture),
    },
    [
        Text("quarter", true, "2026Q5", "26Q4", "2026-Q4", "2099Q1", "2026Q4\u0000", "Q4", ""),
        Text("regionCode", true, [.. BadValues.Regions, "440199"]),
        Text("ratio", false, "0.5"),
        Text("seed", false, BadValues.Text(64)),
    ])
    { UnitUserForbidden = true };

    public static BodyTemplate Notice(string violationId) => new("notice", $"/api/violations/{violationId}/notice", _ => new JsonObject
    {
        ["deadline"] = BeijingTime.Today(TimeProvider.System).AddDays(20).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["text"] = "请于期限内整改",
    },
    [
        Text("deadline", false, [.. BadValues.Dates, "2020-01-01", "2099-01-01"]),
        Text("text", false, BadValues.Text(2000)),
    ]);

    public static BodyTemplate Response(string violationId) => new("response", $"/api/violations/{violationId}/response", _ => new JsonObject
    {
        ["text"] = "已安排专人更新",
        ["evidenceUrl"] = "https://weibo.com/u/1",
    },
    [
        Text("text", true, BadValues.Text(4000)),
        Text("evidenceUrl", false, BadValues.Urls),
    ]);

    public static BodyTemplate Verify(string violationId) => new("verify", $"/api/violations/{violationId}/verify", _ => new JsonObject
    {
        ["resolved"] = false,
        ["note"] = "仍未更新",
    },
    [
        Flag("resolved", true),
        Text("note", false, BadValues.Text(2000)),
    ]);
}
