using System.Buffers;

namespace Media.Domain.Monitoring;

/// <summary>
/// Terms that make a post a <em>suspected</em> hit of a content rule. Matching is plain substring search,
/// case-insensitive for Latin letters: Chinese terms need no tokenising, and a supervisor reviews every hit.
/// </summary>
public sealed class Lexicon(string rule, IEnumerable<string> terms)
{
    private readonly string[] _terms = [.. terms.Select(t => t.Trim()).Where(t => t.Length > 0 && !t.StartsWith('#')).Distinct()];

    // Most posts hit no term: one vectorised pass over the text answers that, instead of one search per term.
    private SearchValues<string>? _any;

    public string Rule { get; } = rule;

    public int Count => _terms.Length;

    /// <summary>Reads one term per line; blank lines and lines starting with '#' are ignored.</summary>
    public static Lexicon Load(string rule, string path) => new(rule, File.ReadAllLines(path));

    /// <summary>The terms found in the text, in lexicon order.</summary>
    public IReadOnlyList<string> Match(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        _any ??= SearchValues.Create(_terms, StringComparison.OrdinalIgnoreCase);
        return text.AsSpan().ContainsAny(_any)
            ? [.. _terms.Where(t => text.Contains(t, StringComparison.OrdinalIgnoreCase))]
            : [];
    }
}
