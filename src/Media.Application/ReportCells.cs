using System.Globalization;

namespace Media.Application;

/// <summary>How report values are written in CSV, XLSX and HTML: percentages, and CSV fields made safe.</summary>
public static class ReportCells
{
    public static string Percent(decimal? rate) => rate is { } r ? (r * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "—";

    // RFC 4180 quoting; a leading = + - @ is defused so a spreadsheet never runs a name typed by a unit as a formula.
    public static string Csv(string value)
    {
        var safe = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' ? "'" + value : value;
        return safe.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }
}
