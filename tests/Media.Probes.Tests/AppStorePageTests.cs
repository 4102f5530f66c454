using Media.Probes;

namespace Media.Probes.Tests;

public class AppStorePageTests
{
    [Theory]
    [InlineData("<html><body><h1>粤省事</h1><p>该应用已下架</p></body></html>", "已下架")]
    [InlineData("<div class=\"tip\">抱歉，此应用暂时下架，请稍后再试</div>", "暂时下架")]
    [InlineData("<p>该应用不存在或已被删除</p>", "该应用不存在")]
    [InlineData("<p>APP已下架</p>", "已下架")]
    public void A_page_announcing_the_app_withdrawn_names_the_marker(string page, string marker) =>
        Assert.Equal(marker, AppStorePage.DelistedMarker(page));

    [Theory]
    [InlineData("<html><body><h1>粤省事</h1><a href=\"/yss.apk\">立即下载</a><p>版本 3.2.1</p></body></html>")]
    [InlineData("<p>商品上架与下架管理功能已上线</p>")]
    [InlineData("")]
    [InlineData(null)]
    public void An_ordinary_download_page_is_not_delisted(string? page) => Assert.Null(AppStorePage.DelistedMarker(page));

    [Fact]
    public void A_real_government_page_is_not_taken_for_a_delisted_app() =>
        Assert.Null(AppStorePage.DelistedMarker(FixturePages.Read(FixturePages.GovWanzai)));
}
