using Media.Application.Samplings;
using Media.Application.Samplings.Reports;
using Media.Application.Tables;
using Media.Domain.Regions;
using Media.Domain.Time;

namespace Media.Application.Exports;

/// <summary>An exported list: the file with its Chinese name, and an ASCII name for clients that read only that.</summary>
public sealed record ListExport(ReportFile File, string AsciiName)
{
    /// <summary>Every row of a list, not one page: beyond this a spreadsheet is the wrong tool.</summary>
    public const int MaxRows = 100_000;

    public const string Xlsx = "xlsx", Csv = "csv";

    /// <summary>The format asked for (XLSX when none), or a field error.</summary>
    public static string? FormatOf(string? format, Domain.Validation.FieldErrors errors)
    {
        var chosen = string.IsNullOrWhiteSpace(format) ? Xlsx : format.Trim().ToLowerInvariant();
        if (chosen is Xlsx or Csv)
        {
            return chosen;
        }

        errors.Add("format", "格式须为 xlsx 或 csv");
        return null;
    }

    /// <summary>The table as a file named after the list and today's Beijing date, e.g. 账号清单-20261203.xlsx.</summary>
    public static ListExport Of(ReportTable table, string format, string asciiStem, TimeProvider clock)
    {
        var day = BeijingTime.Today(clock).ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        var file = format == Csv
            ? new ReportFile(TableCsv.Write(table), "text/csv; charset=utf-8", $"{table.Name}-{day}.csv")
            : new ReportFile(TableXlsx.Write([table]), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{table.Name}-{day}.xlsx");
        return new ListExport(file, $"{asciiStem}-{day}");
    }

    /// <summary>An instant as a person in China reads it.</summary>
    public static string Beijing(DateTimeOffset? instant) =>
        instant is { } at ? BeijingTime.ToBeijing(at).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) : string.Empty;

    /// <summary>A region's full name, or the code itself when it does not parse.</summary>
    public static string RegionName(RegionCatalog regions, string code) =>
        RegionCode.TryParse(code, out var parsed) ? regions.FullNameOf(parsed) : code;
}
