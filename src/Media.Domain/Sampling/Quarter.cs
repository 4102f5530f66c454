using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Media.Domain.Sampling;

/// <summary>A calendar quarter such as <c>2026Q4</c>, in Beijing dates.</summary>
public readonly partial record struct Quarter(int Year, int Number)
{
    public DateOnly FirstDay => new(Year, (Number - 1) * 3 + 1, 1);

    public DateOnly LastDay => FirstDay.AddMonths(3).AddDays(-1);

    public Quarter Previous => Number == 1 ? new Quarter(Year - 1, 4) : new Quarter(Year, Number - 1);

    public static Quarter Of(DateOnly day) => new(day.Year, (day.Month - 1) / 3 + 1);

    public bool Contains(DateOnly day) => day >= FirstDay && day <= LastDay;

    public static bool TryParse([NotNullWhen(true)] string? text, out Quarter quarter)
    {
        quarter = default;
        if (text is null || Pattern().Match(text.Trim()) is not { Success: true } match)
        {
            return false;
        }

        quarter = new Quarter(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture),
            int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));
        return true;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year}Q{Number}");

    /// <summary>e.g. 2026年第四季度.</summary>
    public string ChineseName => $"{Year.ToString(CultureInfo.InvariantCulture)}年第{"一二三四"[Number - 1]}季度";

    [GeneratedRegex(@"^(20\d{2})[Qq]([1-4])$")]
    private static partial Regex Pattern();
}
