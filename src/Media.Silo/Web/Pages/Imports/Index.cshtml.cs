using Media.Application.Imports;
using Media.Domain.Filing;
using Media.Domain.Regions;
using Media.Grains;
using Media.SurveySheets;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Media.Silo.Web.Pages.Imports;

/// <summary>
/// 导入 (<c>/imports</c>): the survey sheet in the browser. The template is downloaded, the filled sheet uploaded and dry-run
/// (every problem listed at its Excel row, under its column's Chinese name), and the same file, kept server-side by its
/// hash (<see cref="UploadedSheets"/>), is committed. Filing is synchronous: the page answers when the sheet is filed, with
/// the counts (the 10,000-row limit keeps that within a request's time).
/// </summary>
[RequestSizeLimit(ImportLimits.MaxBodyBytes)]
public sealed class ImportsModel(IGrainFactory grains, IOptions<FilingRuleOptions> rules, UploadedSheets uploads,
    [FromKeyedServices(MediaClock.Key)] TimeProvider clock, ILogger<ImportsModel> logger, RegionCatalog regions) : MediaPageModel
{
    [BindProperty] public string Kind { get; set; } = "accounts";

    [BindProperty] public string OnExisting { get; set; } = SheetImport.Refuse;

    [BindProperty] public IFormFile? Sheet { get; set; }

    /// <summary>The checked file's name under the data directory, carried from the dry run to the commit.</summary>
    [BindProperty] public string? Stored { get; set; }

    [BindProperty] public string? FileName { get; set; }

    public UploadOutcome? Outcome { get; private set; }

    public bool Committed { get; private set; }

    public SheetKind SheetKind => SheetKind.Find(Kind) ?? SheetKind.Accounts;

    /// <summary>The choices of <c>onExisting</c> as the page names them.</summary>
    public static IReadOnlyList<(string Value, string Name)> ExistingChoices { get; } =
        [(SheetImport.Refuse, "整表拒绝（默认）"), (SheetImport.Skip, "跳过已备案的"), (SheetImport.Update, "更新已备案的（变更备案）")];

    /// <summary>An updated row's changes as the account history shows them (负责人电话：… → …).</summary>
    public IReadOnlyList<string> ChangeLines(UpdatedRow row) => FilingHistory.Lines(row.Changes, regions);

    public void OnGet()
    {
    }

    public IActionResult OnGetTemplate(string? kind)
    {
        var sheet = SheetKind.Find(kind) ?? SheetKind.Accounts;
        return File(SheetTemplate.Xlsx(sheet), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", sheet.SheetName + "模板.xlsx");
    }

    public async Task<IActionResult> OnPostCheckAsync()
    {
        if (Sheet is null || Sheet.Length == 0)
        {
            ModelState.AddModelError("sheet", "请选择要导入的摸底表文件（.csv 或 .xlsx）");
            return Page();
        }

        if (SheetReader.RefuseName(Sheet.FileName) is { } refused)
        {
            ModelState.AddModelError("sheet", refused);
            return Page();
        }

        using var memory = new MemoryStream();
        await Sheet.CopyToAsync(memory);
        var bytes = memory.ToArray();
        FileName = Path.GetFileName(Sheet.FileName);
        Stored = await uploads.KeepAsync(bytes, FileName);
        Outcome = await RunAsync(bytes, dryRun: true);
        return Page();
    }

    public async Task<IActionResult> OnPostCommitAsync()
    {
        if (await uploads.FindAsync(Stored) is not { } bytes)
        {
            ModelState.AddModelError("sheet", "检查过的文件已不在服务器上，请重新上传");
            return Page();
        }

        Outcome = await RunAsync(bytes, dryRun: false);
        Committed = Outcome.Result is not null;
        if (Committed && Outcome.Result!.Failed.Count == 0)
        {
            uploads.Forget(Stored!);
        }

        return Page();
    }

    private Task<UploadOutcome> RunAsync(byte[] bytes, bool dryRun) =>
        UploadedImport.RunAsync(Caller, Stored!, bytes, SheetKind, dryRun, OnExisting, grains, rules.Value, clock.GetUtcNow(), logger);
}
