using Media.Domain.Monitoring;

namespace Media.Domain.Tests.Monitoring;

/// <summary>The probes' statuses and English details become the gap causes of SPEC §5.1 with Chinese details.</summary>
public sealed class GapCausesTests
{
    [Theory]
    [InlineData("blocked", "HTTP 403: the platform refused the request", "blocked", "平台拒绝访问（验证码或防火墙）（HTTP 403）")]
    [InlineData("blocked", "wechat: anti-spider or captcha page (环境异常)", "blocked", "平台拒绝访问（验证码或防火墙）")]
    [InlineData("expired", "wechat: 该链接已过期", "expired", "链接或凭据已过期")]
    [InlineData("not-found", "HTTP 404: the page does not exist", "not-found", "账号或页面不存在（HTTP 404）")]
    [InlineData("error", "fetch failed (NetworkError): Connection refused", "network", "网络错误，无法连接")]
    [InlineData("error", "fetch failed (Timeout): no complete answer within 20 s", "network", "网络错误：连接超时")]
    [InlineData("error", "HTTP 503", "network", "平台服务器错误，无法读取（HTTP 503）")]
    [InlineData("error", "HTTP 400", "refused", "采集被拒绝（HTTP 400）")]
    [InlineData("error", "fetch failed (Refused): 10.0.0.1 is not a public address", "refused", "采集被拒绝：链接不是可采集的公网地址")]
    [InlineData("error", "weibo: the answer is not JSON", "refused", "采集失败：页面内容无法识别（页面改版或反爬页面）")]
    public void A_failed_probe_maps_to_a_cause_and_a_Chinese_detail(string status, string detail, string cause, string chinese)
    {
        Assert.Equal((cause, chinese), GapCauses.FromProbe(status, detail));
    }

    [Fact]
    public void Every_cause_has_a_Chinese_name_and_description_and_unknown_ids_are_refused()
    {
        Assert.All(GapCauses.All, c => Assert.NotEqual(c, GapCauses.DisplayName(c)));
        Assert.All(GapCauses.All, c => Assert.NotEqual(c, GapCauses.Describe(c)));
        Assert.False(GapCauses.IsKnown("error"));
        Assert.False(GapCauses.IsKnown(null));
    }
}
