using System.Globalization;

namespace Media.Silo.Web;

/// <summary>A small server-drawn SVG bar chart; <see cref="Summary"/> reads it out for screen readers.</summary>
public sealed record BarChartModel(string Title, IReadOnlyList<(string Label, int Value)> Bars)
{
    public const int Width = 640;
    public const int Height = 180;
    public const int Bottom = 24;

    public int Max => Math.Max(1, Bars.Count == 0 ? 1 : Bars.Max(b => b.Value));

    public double Slot => (double)Width / Math.Max(1, Bars.Count);

    public double BarHeight(int value) => (Height - Bottom - 16) * (double)value / Max;

    public string Summary => Title + "：" + string.Join("，", Bars.Select(b => b.Label + " " + b.Value.ToString(CultureInfo.InvariantCulture)));

    /// <summary>SVG coordinates are written with a dot whatever the culture.</summary>
    public static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>Week labels (MM-dd of each Monday) for counts that end with the week of <paramref name="today"/>.</summary>
    public static BarChartModel Weekly(string title, int[] counts, DateOnly today) =>
        new(title, [.. counts.Select((count, i) =>
            (Domain.Time.Weeks.WeekOf(today).AddDays(-7 * (counts.Length - 1 - i)).ToString("MM-dd", CultureInfo.InvariantCulture), count))]);
}
