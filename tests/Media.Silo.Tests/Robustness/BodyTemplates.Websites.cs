using System.Globalization;
using System.Text.Json.Nodes;
using static Media.Silo.Tests.Robustness.FieldSpec;

namespace Media.Silo.Tests.Robustness;

/// <summary>A valid website filing (SPEC §3.6), with its columns.</summary>
internal static partial class BodyTemplates
{
    public static BodyTemplate Websites(string unitCode) => new("website", "/api/websites", r => new JsonObject
    {
        ["siteIdCode"] = "44" + r.Next(0, 100_000_000).ToString("D8", CultureInfo.InvariantCulture),
        ["name"] = "广州市越秀区人民政府门户网站",
        ["url"] = "https://www.yuexiu.example.cn/",
        ["unitCode"] = unitCode,
        ["icp"] = "粤ICP备05080000号",
        ["publicSecurity"] = "粤公网安备44010402000001号",
        ["openedOn"] = "2026-11-20",
        ["responsible"] = Contact(),
        ["columns"] = new JsonArray(
            new JsonObject { ["name"] = "工作动态", ["url"] = "https://www.yuexiu.example.cn/gzdt/", ["category"] = "news" },
            new JsonObject { ["name"] = "区长信箱", ["url"] = "https://www.yuexiu.example.cn/qzxx/", ["category"] = "interaction" }),
    },
    [
        Text("siteIdCode", true, "", "440104000", "44010400001", "4401-04000", "网站标识码４４０１０４", "4401040001\u0000"),
        Text("name", true, BadValues.Text(100)),
        Text("url", true, BadValues.Urls),
        Text("unitCode", true, [.. BadValues.UnitCodes(new Random(6), "440104"), BadValues.ValidCode(new Random(7), "440104")]),
        Text("icp", false, BadValues.Text(100)),
        Text("publicSecurity", false, BadValues.Text(100)),
        Text("openedOn", false, BadValues.Dates),
        Object("responsible", false),
        Text("responsible.name", true, BadValues.Text(50)),
        Text("responsible.phone", true, BadValues.Phones),
        Text("responsible.email", true, BadValues.Emails),
        List("columns", false, "[null]", "[{}]", "[" + string.Join(",", Enumerable.Repeat("{}", 201)) + "]"),
        Text("columns[0].name", true, BadValues.Text(100)),
        Text("columns[0].url", true, BadValues.Urls),
        Text("columns[0].category", true, "News", "新闻", "news ", "interaction\u0000"),
    ]);
}
