using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Media.Probes.Extractors;

/// <summary>
/// A date format such as <c>yyyy年M月d日</c> turned into a regex that finds it inside surrounding text.
/// Built once per definition; invalid patterns fail when the definitions are loaded, not on a page.
/// </summary>
internal sealed class DatePattern
{
    private static readonly (string Token, string Group, string Regex)[] Tokens =
    [
        ("yyyy", "y", @"\d{4}"), ("MM", "M", @"\d{1,2}"), ("M", "M", @"\d{1,2}"), ("dd", "d", @"\d{1,2}"),
        ("d", "d", @"\d{1,2}"), ("HH", "H", @"\d{1,2}"), ("H", "H", @"\d{1,2}"), ("mm", "m", @"\d{2}"), ("ss", "s", @"\d{2}"),
    ];

    private readonly Regex[] _regexes;

    public DatePattern(string pattern)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);
        _regexes = pattern.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(Compile)
            .ToArray();
    }

    public DateTimeOffset? Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        foreach (var regex in _regexes)
        {
            if (regex.Match(text) is { Success: true } m && ToDate(m) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    private static DateTimeOffset? ToDate(Match m)
    {
        int Part(string group, int fallback) =>
            m.Groups[group].Success ? int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture) : fallback;

        var (year, month, day) = (Part("y", 0), Part("M", 1), Part("d", 1));
        var (hour, minute, second) = (Part("H", 0), Part("m", 0), Part("s", 0));
        if (year is < 1990 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour > 23 || minute > 59 || second > 59)
        {
            return null;
        }

        return BeijingDates.FromLocal(new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified));
    }

    private static Regex Compile(string pattern)
    {
        var regex = new StringBuilder();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < pattern.Length;)
        {
            var token = Tokens.FirstOrDefault(t => string.CompareOrdinal(pattern, i, t.Token, 0, t.Token.Length) == 0);
            if (token.Token is null)
            {
                regex.Append(char.IsWhiteSpace(pattern[i]) ? @"\s*" : Regex.Escape(pattern[i].ToString()));
                i++;
                continue;
            }

            if (!seen.Add(token.Group))
            {
                throw new FormatException($"Date pattern '{pattern}' uses '{token.Token}' twice.");
            }

            regex.Append(CultureInfo.InvariantCulture, $"(?<{token.Group}>{token.Regex})");
            i += token.Token.Length;
        }

        if (!seen.Contains("y"))
        {
            throw new FormatException($"Date pattern '{pattern}' has no year (yyyy).");
        }

        return new Regex(regex.ToString(), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }
}
