using System.Text.Json;
using Media.Application;
using Media.Application.Accounts;
using Media.Application.Imports;
using Media.Application.Websites;
using Media.Domain.Filing;
using Media.SurveySheets;

namespace Media.Silo.Web.Pages.Imports;

/// <summary>What a dry run or a commit of an uploaded sheet came to.</summary>
public sealed record UploadOutcome(ImportResult? Result, IReadOnlyList<SheetFinding> Findings, string? Message, IReadOnlyList<int> Numbers);

/// <summary>An uploaded sheet's rows as the API's JSON, and the file's row number of each (blank rows are not sent).</summary>
public sealed record UploadedRows(JsonElement Rows, IReadOnlyList<int> Numbers);

/// <summary>
/// An uploaded sheet read as the CLI reads it (<see cref="RowMapper"/>) and imported through the same use case as
/// <c>POST /api/imports/…</c>. The rows go through the JSON shape the CLI sends, so the page and the CLI file the same
/// requests from the same sheet.
/// </summary>
public static class UploadedImport
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public static async Task<UploadOutcome> RunAsync(Caller caller, string fileName, byte[] bytes, SheetKind kind, bool dryRun,
        string? onExisting, IGrainFactory grains, FilingRuleOptions rules, DateTimeOffset now, ILogger logger)
    {
        var (unreadable, rows) = await ReadAsync(fileName, bytes, kind);
        return unreadable ?? Describe(await ImportAsync(caller, rows!, kind, dryRun, onExisting, grains, rules, now, logger, null),
            rows!.Numbers, kind);
    }

    /// <summary>The sheet's rows, or why they cannot be sent (cells the reader could not read, no rows at all).</summary>
    public static async Task<(UploadOutcome? Unreadable, UploadedRows? Rows)> ReadAsync(string fileName, byte[] bytes, SheetKind kind)
    {
        var raw = await SheetReader.ReadAsync(fileName, bytes);
        var sheet = RowMapper.Map(raw, kind);
        var numbers = sheet.Rows.Select(r => r.Number).ToArray();
        var local = SheetFindings.Local(raw, sheet, kind);
        if (local.Count > 0)
        {
            return (new UploadOutcome(null, local, $"文件中有无法读取的内容，未导入任何{kind.Noun}", numbers), null);
        }

        if (sheet.Rows.Count == 0)
        {
            return (new UploadOutcome(null, [], $"文件中没有数据行，未导入任何{kind.Noun}", numbers), null);
        }

        return (null, new UploadedRows(JsonSerializer.SerializeToElement(sheet.Rows.Select(r => r.Row), Web), numbers));
    }

    public static Task<Outcome<ImportResult>> ImportAsync(Caller caller, UploadedRows sheet, SheetKind kind, bool dryRun, string? onExisting,
        IGrainFactory grains, FilingRuleOptions rules, DateTimeOffset now, ILogger logger, IProgress<ImportProgress>? progress) =>
        kind == SheetKind.Websites
            ? WebsiteImport.RunAsync(caller, new ImportWebsitesRequest(sheet.Rows.Deserialize<List<FileWebsiteRequest?>>(Web), dryRun, onExisting),
                grains, rules, now, logger, CancellationToken.None, progress)
            : AccountImport.RunAsync(caller, new ImportAccountsRequest(sheet.Rows.Deserialize<List<FileAccountRequest?>>(Web), dryRun, onExisting),
                grains, rules, now, logger, CancellationToken.None, progress);

    /// <summary>The import's outcome as the page lists it, rows named by the file's numbers.</summary>
    public static UploadOutcome Describe(Outcome<ImportResult> outcome, IReadOnlyList<int> numbers, SheetKind kind)
    {
        if (outcome.IsDone)
        {
            return new UploadOutcome(outcome.Value, SheetFindings.Server(outcome.Value.Failed, numbers, kind), null, numbers);
        }

        var problems = outcome.Refusal.Extensions?.GetValueOrDefault("rows") as IReadOnlyList<RowProblem> ?? [];
        var general = problems.Count > 0
            ? []
            : outcome.Refusal.Errors.SelectMany(e => e.Value.Select(m => new SheetFinding(null, null, e.Key, m))).ToList();
        return new UploadOutcome(null, [.. SheetFindings.Server(problems, numbers, kind), .. general], outcome.Refusal.Message, numbers);
    }
}
