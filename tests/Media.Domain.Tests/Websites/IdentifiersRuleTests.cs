using Media.Domain.Monitoring;
using Media.Domain.Websites;

namespace Media.Domain.Tests.Websites;

public sealed class IdentifiersRuleTests
{
    private static SiteFinding? Judge(FooterFacts footer) => Site.Finding(Site.Judge(Site.Clean with { Footer = footer }), WebsiteRules.Identifiers);

    [Fact]
    public void A_complete_footer_matching_the_filing_up_to_whitespace_is_no_finding()
    {
        Assert.Null(Judge(Site.Footer with { Icp = "赣ICP备 05004216号", PublicSecurity = " 赣公网安备36010202000123号" }));
        Assert.Equal(RuleKind.Deduction, WebsiteRules.KindOf(WebsiteRules.Identifiers));
    }

    [Fact]
    public void A_footer_without_a_public_security_number_names_it()
    {
        var finding = Judge(Site.Footer with { PublicSecurity = null });

        Assert.NotNull(finding);
        Assert.Equal("页面底部缺少公安机关备案号", finding.Evidence);
    }

    [Fact]
    public void A_site_code_other_than_the_filed_one_names_both_values()
    {
        var finding = Judge(Site.Footer with { SiteIdCode = "3609000002" });

        Assert.NotNull(finding);
        Assert.Equal("网站标识码页面为3609000002，备案为3609000001", finding.Evidence);
    }

    [Fact]
    public void Every_missing_mark_is_named()
    {
        var finding = Judge(new FooterFacts("3609000001", null, "赣公网安备36010202000123号", false, false, false));

        Assert.NotNull(finding);
        Assert.Equal(
            ["页面底部缺少ICP备案编号", "页面底部缺少党政机关网站标识", "页面底部缺少“我为政府网站找错”入口", "页面底部缺少网站地图"],
            finding.Evidence.Split('；'));
    }

    [Fact]
    public void A_different_icp_number_is_named_but_an_unfiled_one_is_not_compared()
    {
        var differs = Judge(Site.Footer with { Icp = "赣ICP备05004217号" });
        var unfiled = WebsiteJudge.Judge(Site.Clean with { Footer = Site.Footer with { Icp = "赣ICP备05004217号" } },
            Site.Filed with { Icp = null }, new WebsiteOptions(), Site.At);

        Assert.NotNull(differs);
        Assert.Equal("ICP备案编号页面为赣ICP备05004217号，备案为赣ICP备05004216号", differs.Evidence);
        Assert.Empty(unfiled.Findings);
    }

    [Fact]
    public void A_footer_never_read_is_not_observed()
    {
        var judgement = Site.Judge(Site.Clean with { Footer = null });

        Assert.Empty(judgement.Findings);
        Assert.Contains(WebsiteRules.Identifiers, judgement.NotObserved);
    }
}
