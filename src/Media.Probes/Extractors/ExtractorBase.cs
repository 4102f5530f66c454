namespace Media.Probes.Extractors;

/// <summary>
/// The shared outer shell of every extractor: the HTTP status speaks first, and no exception from
/// hostile or malformed content ever escapes: it becomes an <see cref="ProbeStatus.Error"/> result.
/// </summary>
public abstract class ExtractorBase : IExtractor
{
    public abstract string Id { get; }

    public ProbeResult Extract(ProbeInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (HttpSignals.FromStatus(input.HttpStatus) is { } refused)
        {
            return refused;
        }

        if (string.IsNullOrWhiteSpace(input.Content))
        {
            return OnEmptyContent();
        }

        try
        {
            return ExtractCore(input);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Parsers report bad input with many exception types (JsonException, XmlException, HAP's
            // plain Exception for over-deep nesting…); for a probe they all mean "could not read it".
            return ProbeResult.Gap(ProbeStatus.Error, $"{Id}: unreadable content ({e.GetType().Name}: {e.Message})");
        }
    }

    protected abstract ProbeResult ExtractCore(ProbeInput input);

    /// <summary>An empty 200 answer; some platforms (Douyin) answer a blocked client this way.</summary>
    protected virtual ProbeResult OnEmptyContent() => ProbeResult.Gap(ProbeStatus.Error, $"{Id}: empty page");
}
