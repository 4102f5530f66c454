namespace Media.Probes.Extractors;

/// <summary>
/// Collects posts, skipping the few an extractor cannot date: one odd post must not blind monitoring of
/// the whole account, but a page where no post can be dated is an error, never "no posts".
/// </summary>
internal sealed class PostCollector(string extractorId)
{
    private readonly List<ProbedPost> _posts = [];
    private readonly List<string> _skipped = [];

    public int Count => _posts.Count;

    public void Add(ProbedPost post) => _posts.Add(post);

    public void Skip(string reason) => _skipped.Add(reason);

    public ProbeResult ToResult()
    {
        if (_posts.Count == 0 && _skipped.Count > 0)
        {
            return ProbeResult.Gap(ProbeStatus.Error, $"{extractorId}: no post could be read ({Summary()})");
        }

        var result = ProbeResult.Ok(_posts);
        return _skipped.Count == 0 ? result : result with { Detail = $"{_skipped.Count} post(s) skipped ({Summary()})" };
    }

    private string Summary() => string.Join("; ", _skipped.Take(3)) + (_skipped.Count > 3 ? "; …" : "");
}
