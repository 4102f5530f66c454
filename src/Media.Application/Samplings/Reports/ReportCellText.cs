using System.Globalization;

namespace Media.Application.Samplings.Reports;

/// <summary>A table cell as text, for the formats that only have text (DOCX, HTML, CSV).</summary>
public static class ReportCellText
{
    public static string Of(object? cell) => cell switch
    {
        null => string.Empty,
        RateCell rate => rate.Value is null ? "—" : ReportCells.Percent(rate.Value),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? string.Empty,
    };
}
