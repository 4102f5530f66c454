using Media.Domain.Accounts;

namespace Media.Probes.Extractors;

/// <summary>
/// WeChat official-account pages. The kind of page is told by its content, because article pages,
/// history pages and the expired/captcha pages that replace them all come from similar URLs.
/// </summary>
public sealed class WechatExtractor : ExtractorBase
{
    public override string Id => Platforms.WeChat;

    protected override ProbeResult ExtractCore(ProbeInput input) =>
        WechatHistoryReader.TryRead(input)
        ?? WechatArticleReader.TryRead(input)
        ?? WechatPageSignals.Recognise(input.Content)
        ?? ProbeResult.Gap(ProbeStatus.Error, "wechat: neither an article page nor a history page");
}
