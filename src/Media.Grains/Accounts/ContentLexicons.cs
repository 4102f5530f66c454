using Media.Domain.Monitoring;

namespace Media.Grains.Accounts;

/// <summary>The lexicons of the review-first content rules, loaded once by the host.</summary>
public sealed class ContentLexicons(IReadOnlyList<Lexicon> lexicons)
{
    public IReadOnlyList<Lexicon> All { get; } = lexicons;

    public static ContentLexicons Empty { get; } = new([]);
}
