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
        var raw = await SheetReader.ReadAsync(fileName, bytes);
        var sheet = RowMapper.Map(raw, kind);
        var numbers = sheet.Rows.Select(r => r.Number).ToArray();
        var local = SheetFindings.Local(raw, sheet, kind);
        if (local.Count > 0)
        {
            return new UploadOutcome(null, local, $"文件中有无法读取的内容，未导入任何{kind.Noun}", numbers);
        }

        if (sheet.Rows.Count == 0)
        {
            return new UploadOutcome(null, [], $"文件中没有数据行，未导入任何{kind.Noun}", numbers);
        }

        var rows = JsonSerializer.SerializeToElement(sheet.Rows.Select(r => r.Row), Web);
        var outcome = kind == SheetKind.Websites
            ? await WebsiteImport.RunAsync(caller, new ImportWebsitesRequest(rows.Deserialize<List<FileWebsiteRequest?>>(Web), dryRun, onExisting),
                grains, rules, now, logger, CancellationToken.None)
            : await AccountImport.RunAsync(caller, new ImportAccountsRequest(rows.Deserialize<List<FileAccountRequest?>>(Web), dryRun, onExisting),
                grains, rules, now, logger, CancellationToken.None);
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
