using Media.Domain.Sampling;
using Media.Domain.Validation;
using Media.Domain.Websites;

namespace Media.Domain.Tests.Sampling;

/// <summary>A website's inspection: the rules it may name, its vetoes, then the 100-point sheet; the verdict is the score's.</summary>
public sealed class WebsiteInspectionTests
{
    private static readonly DeductionSheet Sheet = Websites.DeductionSheetTests.Parse("""
        {
          "source": "测试",
          "items": [
            { "id": "column-blank", "group": "信息更新情况", "name": "空白栏目", "points": 5, "source": "测试", "confirmed": false },
            { "id": "search-poor", "group": "服务实用情况", "name": "站内搜索不可用", "points": 20, "source": "测试", "confirmed": true }
          ]
        }
        """);

    private static (WebsiteVerdict? Verdict, FieldErrors Errors) Inspect(bool? passed, FindingInput[] findings, DeductionInput[] deductions,
        string[]? missing = null)
    {
        var errors = new FieldErrors();
        var checkedFindings = InspectionRules.Validate("website:4401000001", true, passed, findings, errors, website: true);
        return (WebsiteInspection.Score(checkedFindings, passed, deductions, missing, Sheet, errors), errors);
    }

    [Fact]
    public void Deductions_are_summed_against_100_and_an_unconfirmed_item_marks_the_score()
    {
        var (verdict, errors) = Inspect(null, [], [new DeductionInput("column-blank", 2), new DeductionInput("search-poor", null)],
            [SiteIdentifiers.Icp, SiteIdentifiers.SiteIdCode]);

        Assert.True(errors.IsEmpty);
        Assert.Equal(70m, verdict!.Score);
        Assert.True(verdict.Passed);
        Assert.True(verdict.UsesUnconfirmed);
        Assert.Equal([SiteIdentifiers.SiteIdCode, SiteIdentifiers.Icp], verdict.MissingIdentifiers);
        Assert.Equal("网站标识码、ICP备案编号缺失", SiteIdentifiers.MissingText(verdict.MissingIdentifiers));
    }

    [Fact]
    public void Below_60_fails_and_a_stated_pass_is_refused_with_the_score()
    {
        var (verdict, _) = Inspect(null, [], [new DeductionInput("search-poor", 3)]);
        Assert.Equal((40m, false), (verdict!.Score, verdict.Passed));

        var (refused, errors) = Inspect(true, [], [new DeductionInput("search-poor", 3)]);
        Assert.Null(refused);
        Assert.Contains("40", errors.ToDictionary()["passed"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_confirmed_website_veto_fails_a_full_score_and_an_account_rule_is_not_a_website_rule()
    {
        var (verdict, errors) = Inspect(null, [new FindingInput(WebsiteRules.HomeStale, "首页15天未更新", null)], []);
        Assert.True(errors.IsEmpty);
        Assert.Equal((100m, false), (verdict!.Score, verdict.Passed));

        var (_, unticked) = Inspect(true, [new FindingInput(WebsiteRules.HomeStale, null, false)], []);
        Assert.True(unticked.IsEmpty);

        var (_, wrongRule) = Inspect(null, [new FindingInput("no-update-2w", null, null)], []);
        Assert.Contains("findings[0].rule", wrongRule.ToDictionary().Keys);
    }

    [Fact]
    public void Unknown_items_repeated_items_bad_times_and_unknown_identifiers_are_field_errors()
    {
        var (verdict, errors) = Inspect(null, [],
            [new DeductionInput("nope", 1), new DeductionInput("column-blank", 1), new DeductionInput("column-blank", 1), new DeductionInput("search-poor", 0)],
            ["qr-code"]);

        Assert.Null(verdict);
        Assert.Equal(["deductions[0].item", "deductions[2].item", "deductions[3].times", "missingIdentifiers[0]"],
            errors.ToDictionary().Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Without_a_sheet_a_website_cannot_be_scored()
    {
        var errors = new FieldErrors();
        Assert.Null(WebsiteInspection.Score([], null, [], null, null, errors));
        Assert.Contains("deductions", errors.ToDictionary().Keys);
    }
}
