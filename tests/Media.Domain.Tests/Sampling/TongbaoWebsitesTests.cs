using Media.Domain.Accounts;
using Media.Domain.Regions;
using Media.Domain.Sampling;
using Media.Domain.Sampling.Reports;
using Media.Domain.Websites;

namespace Media.Domain.Tests.Sampling;

/// <summary>The websites' section of the 通报: counted apart from the accounts, problems by type naming site and 主办单位.</summary>
public sealed class TongbaoWebsitesTests
{
    private static readonly RegionCatalog Regions = RegionCatalog.Load(RepositoryRoot.File("silo-config", "regions", "regions.json"));
    private static readonly RegionCode City = RegionCode.Parse("440100"), Yuexiu = RegionCode.Parse("440104");

    private static ReportAccount Account(string id, bool passed, params ReportProblem[] problems) =>
        new(id, "越秀发布" + id, "weibo", Yuexiu, Yuexiu, "越秀区人民政府办公室", passed, false, problems);

    private static ReportAccount Site(string code, string name, string unit, bool? passed, ReportWebsiteScore? score, params ReportProblem[] problems) =>
        new("website:" + code, name, Platforms.Website, Yuexiu, Yuexiu, unit, passed, false, problems, score);

    private static Tongbao Build(IReadOnlyList<ReportAccount> sample) => TongbaoBuilder.Build(new ReportFacts("2026Q4", City, 0.3m, 30, 9, "s", false,
        [new Stratum("weibo", 20, 6), new Stratum(Platforms.Website, 10, 3)], sample, [], null, new DateOnly(2026, 12, 3)), Regions);

    [Fact]
    public void The_websites_have_their_own_population_sample_and_rate_and_the_accounts_keep_theirs()
    {
        var sample = new List<ReportAccount>
        {
            Account("1", true), Account("2", true), Account("3", true), Account("4", true), Account("5", true),
            Account("6", false, new ReportProblem("no-update-2w", null)),
            Site("4401040001", "越秀区政府网", "越秀区人民政府办公室", true,
                new ReportWebsiteScore(90, [new ReportDeduction("空白栏目", 2, 5, Confirmed: false)], [SiteIdentifiers.SiteIdCode, SiteIdentifiers.Icp])),
            Site("4401040002", "越秀区教育局网站", "越秀区教育局", false, new ReportWebsiteScore(100, [], []),
                new ReportProblem(WebsiteRules.HomeStale, "首页最新信息为2026年11月10日")),
            Site("4401040003", "越秀区卫健局网站", "越秀区卫生健康局", null, null),
        };

        var t = Build(sample);

        Assert.Equal((20, 6, 6, 1), (t.Population, t.SampleSize, t.Checked, t.Failed));
        Assert.Equal(0.8333m, t.PassRate);
        var w = t.Websites;
        Assert.Equal((10, 3, 2, 1, 0.5m), (w.Population, w.SampleSize, w.Checked, w.Failed, w.PassRate));
        Assert.Equal(1, w.UnconfirmedScores);
        Assert.True(t.Draft);

        var veto = w.Problems[0];
        Assert.Equal(("首页不更新", true), (veto.Type, veto.Veto));
        Assert.Equal(("越秀区教育局", "越秀区教育局网站"), (veto.Items[0].Account.Unit, veto.Items[0].Account.Account));
        var identifiers = Assert.Single(w.Problems, g => g.Type == "网站标识不规范");
        Assert.Equal("网站标识码、ICP备案编号缺失", Assert.Single(identifiers.Items).Detail);
        var blank = Assert.Single(w.Problems, g => g.Type == "空白栏目");
        Assert.Equal("空白栏目扣10分（2处）（未确认分值）", Assert.Single(blank.Items).Detail);
        Assert.Equal("网站标识码、ICP备案编号缺失", Assert.Single(w.MissingIdentifiers).Missing);

        Assert.Equal([90m, 100m, null], w.Sites.Select(s => s.Score));
        Assert.Equal([true, false, false], w.Sites.Select(s => s.UsesUnconfirmed));

        // The accounts' problems and annex do not take the websites in; the platform table and the strata do, as 政府网站.
        Assert.DoesNotContain(t.Problems, g => g.Items.Any(i => i.Account.Platform == "政府网站"));
        Assert.Single(t.Annex);
        Assert.Contains(t.ByPlatform, g => g.Name == "政府网站" && g.Checked == 2);
        Assert.Contains(t.Appendix.Strata, s => s.Platform == "政府网站" && s.Sampled == 3);
    }

    [Fact]
    public void A_sampling_without_websites_has_an_empty_websites_section()
    {
        var t = TongbaoBuilder.Build(new ReportFacts("2026Q4", City, 0.3m, 10, 3, "s", false, [new Stratum("weibo", 10, 3)],
            [Account("1", true), Account("2", true), Account("3", true)], [], null, new DateOnly(2026, 12, 3)), Regions);

        Assert.Equal((10, 3, 0, 0, (decimal?)null), (t.Population, t.SampleSize, t.Websites.Population, t.Websites.Checked, t.Websites.PassRate));
        Assert.Empty(t.Websites.Sites);
    }
}
