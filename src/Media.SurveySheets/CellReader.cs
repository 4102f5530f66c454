using System.Globalization;

namespace Media.SurveySheets;

/// <summary>
/// Turns one cell into the text or value the API expects. Returns an error message when the cell cannot
/// be understood at all; a cell that is merely wrong (say, a malformed phone) is passed on for the
/// server's validation to report, so that every rule lives in one place.
/// </summary>
public static class CellReader
{
    // Excel keeps 15 significant digits; a longer number (an 18-digit credit code typed into a cell
    // formatted as General) has already lost its last digits.
    private const double LargestExactNumber = 1e15;

    private static readonly string[] DateFormats =
        ["yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyyMMdd", "yyyy年M月d日", "yyyy-M-d H:mm:ss", "yyyy/M/d H:mm:ss", "yyyy/M/d H:mm"];

    public static (string? Text, string? Error) Text(object? cell) => cell switch
    {
        null => (null, null),
        string s => (string.IsNullOrWhiteSpace(s) ? null : s.Trim(), null),
        double d when Math.Abs(d) >= LargestExactNumber =>
            (null, "数字位数过多，Excel 已丢失末几位，请把该列设为文本格式后重新填写"),
        double d => (d.ToString(d == Math.Floor(d) ? "0" : "R", CultureInfo.InvariantCulture), null),
        DateTime t => (Iso(t), null),
        bool b => (b ? "true" : "false", null),
        _ => (Convert.ToString(cell, CultureInfo.InvariantCulture), null),
    };

    /// <summary>A date as <c>yyyy-MM-dd</c>: Excel date cells, date serial numbers, and the usual written forms.</summary>
    public static (string? Text, string? Error) Date(object? cell)
    {
        switch (cell)
        {
            case DateTime t:
                return (Iso(t), null);
            // A date cell whose format Excel did not mark as a date arrives as its serial number.
            case double serial when serial is >= 32874 and < 73051:
                return (Iso(DateTime.FromOADate(serial)), null);
        }

        var (text, error) = Text(cell);
        if (text is not null && DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture,
                DateTimeStyles.None, out var parsed))
        {
            return (Iso(parsed), null);
        }

        return (text, error);
    }

    /// <summary>是/否 and its usual spellings.</summary>
    public static (bool? Value, string? Error) YesNo(object? cell)
    {
        switch (cell)
        {
            case bool b:
                return (b, null);
            case double d when d is 0 or 1:
                return (d == 1, null);
        }

        var (text, error) = Text(cell);
        return text?.ToLowerInvariant() switch
        {
            null => (null, error),
            "是" or "有" or "true" or "1" or "yes" or "y" => (true, null),
            "否" or "无" or "false" or "0" or "no" or "n" => (false, null),
            _ => (null, $"无法识别“{text}”，请填写 是 或 否"),
        };
    }

    private static string Iso(DateTime t) => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
