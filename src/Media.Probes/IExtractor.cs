namespace Media.Probes;

/// <summary>
/// A pure function from a page to what it says about an account. Implementations never throw for bad
/// content: anything they cannot read is a <see cref="ProbeStatus.Error"/> result with a detail.
/// </summary>
public interface IExtractor
{
    /// <summary>The registry id: a platform id (<c>wechat</c>, <c>weibo</c>…), <c>feed</c>, <c>website</c> or <c>generic:{name}</c>.</summary>
    string Id { get; }

    ProbeResult Extract(ProbeInput input);
}
