using System.Text;
using Media.Domain.Websites;

namespace Media.Domain.Tests.Websites;

public sealed class DeductionSheetTests
{
    internal const string Valid = """
        {
          "source": "测试扣分表",
          "items": [
            { "id": "link-availability", "group": "网站可用性", "name": "链接可用性", "points": 1, "max": 10, "source": "测试", "confirmed": true },
            { "id": "site-identifiers", "group": "网站标识", "name": "网站标识", "points": 1.5, "source": "测试", "confirmed": false },
            { "id": "service-guide", "group": "服务实用情况", "name": "办事指南", "points": 20, "source": "测试", "confirmed": true }
          ]
        }
        """;

    internal static DeductionSheet Parse(string json) => DeductionSheet.Parse(new MemoryStream(Encoding.UTF8.GetBytes(json)));

    private static string Refusal(string json) => Assert.Throws<InvalidDataException>(() => Parse(json)).Message;

    [Fact]
    public void A_valid_sheet_keeps_its_items_in_order_with_points_caps_and_confirmation()
    {
        var sheet = Parse(Valid);

        Assert.Equal("测试扣分表", sheet.Source);
        Assert.Equal(["link-availability", "site-identifiers", "service-guide"], sheet.Items.Select(i => i.Id));
        Assert.Equal(new DeductionItem("site-identifiers", "网站标识", "网站标识", 1.5m, null, "测试", false), sheet.Find("site-identifiers"));
        Assert.Equal(10m, sheet.Find("link-availability")!.Max);
        Assert.Null(sheet.Find("nonexistent"));
    }

    [Fact]
    public void The_shipped_sheet_loads_and_scores_the_identifiers_finding_under_the_rule_id()
    {
        var sheet = DeductionSheet.Load(RepositoryRoot.File("silo-config", "websites", "deductions.json"));

        Assert.True(sheet.Items.Count >= 10);
        Assert.NotNull(sheet.Find(WebsiteRules.Identifiers));
        Assert.All(sheet.Items, i => Assert.False(string.IsNullOrWhiteSpace(i.Source)));
    }

    [Fact]
    public void An_unknown_key_is_refused_naming_the_item_and_the_key()
    {
        var message = Refusal(Valid.Replace("\"points\": 20", "\"pionts\": 20", StringComparison.Ordinal));

        Assert.Contains("第3项（service-guide）", message, StringComparison.Ordinal);
        Assert.Contains("pionts", message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_top_level_key_is_refused()
    {
        Assert.Contains("itmes", Refusal("""{ "source": "x", "itmes": [] }"""), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("0")]
    public void Points_that_are_not_positive_are_refused(string points)
    {
        var message = Refusal(Valid.Replace("\"points\": 20", $"\"points\": {points}", StringComparison.Ordinal));

        Assert.Contains("points须为正数", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_id_is_refused()
    {
        var message = Refusal(Valid.Replace("\"id\": \"service-guide\"", "\"id\": \"link-availability\"", StringComparison.Ordinal));

        Assert.Contains("\"link-availability\" 重复", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_repeated_key_in_one_item_is_refused()
    {
        Assert.Contains("重复", Refusal(Valid.Replace("\"points\": 20", "\"points\": 20, \"points\": 2", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_cap_below_the_points_a_missing_confirmation_a_veto_id_and_broken_json_are_refused()
    {
        Assert.Contains("max", Refusal(Valid.Replace("\"max\": 10", "\"max\": 0.5", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains("confirmed", Refusal(Valid.Replace(", \"confirmed\": false", "", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains("单项否决", Refusal(Valid.Replace("\"service-guide\"", "\"site-home-stale\"", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains("JSON", Refusal(Valid[..^3]), StringComparison.Ordinal);
        Assert.Contains("items", Refusal("""{ "source": "x", "items": [] }"""), StringComparison.Ordinal);
    }
}
