using Media.Application.Imports;
using Media.Domain.Filing;
using Media.Domain.Regions;
using Media.Grains;
using Media.Silo.SheetRuns;
using Media.SurveySheets;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Media.Silo.Web.Pages.Imports;

/// <summary>
/// 导入 (<c>/imports</c>): the survey sheet in the browser. The template is downloaded, the filled sheet uploaded and dry-run
/// (every problem listed at its Excel row, under its column's Chinese name), and the same file, kept server-side by its
/// hash (<see cref="UploadedSheets"/>), is committed. The commit files in the background (<see cref="ImportRuns"/>) and sends
/// the browser to the run's page (<c>/imports/run?id=…</c>), which shows a progress bar (kept current by a script, or by the
/// page refreshing itself without one) and, once the run is finished, the counts and rows as the dry run shows them.
/// </summary>
[RequestSizeLimit(ImportLimits.MaxUploadBytes)]
public sealed class ImportsModel(IGrainFactory grains, IOptions<FilingRuleOptions> rules, UploadedSheets uploads, ImportRuns runs,
    [FromKeyedServices(MediaClock.Key)] TimeProvider clock, ILogger<ImportsModel> logger, RegionCatalog regions) : MediaPageModel
{
    /// <summary>
    /// The filed (or to be filed) rows the page lists: a sheet of 100,000 rows would be a page of megabytes. Problems are
    /// listed whole, since each must be fixed.
    /// </summary>
    public const int ListedRows = 1_000;

    [BindProperty] public string Kind { get; set; } = "accounts";

    [BindProperty] public string OnExisting { get; set; } = SheetImport.Refuse;

    [BindProperty] public IFormFile? Sheet { get; set; }

    /// <summary>The checked file's name under the data directory, carried from the dry run to the commit.</summary>
    [BindProperty] public string? Stored { get; set; }

    [BindProperty] public string? FileName { get; set; }

    public UploadOutcome? Outcome { get; private set; }

    public bool Committed { get; private set; }

    /// <summary>The background run this page shows while it is not finished.</summary>
    public ImportRun? Running { get; private set; }

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

        var (unreadable, rows) = await UploadedImport.ReadAsync(Stored!, bytes, SheetKind);
        if (unreadable is not null)
        {
            Outcome = unreadable;
            return Page();
        }

        var (caller, kind, onExisting, stored, now) = (Caller, SheetKind, OnExisting, Stored!, clock.GetUtcNow());
        var run = runs.Start(caller.Username, new ImportRunSheet(Kind, FileName, stored, rows!.Numbers), rows.Numbers.Count, async progress =>
        {
            var outcome = await UploadedImport.ImportAsync(caller, rows, kind, false, onExisting, grains, rules.Value, now, logger, progress);
            if (outcome is { IsDone: true, Value.Failed.Count: 0 })
            {
                uploads.Forget(stored);
            }

            return outcome;
        });
        return RedirectToPage(null, "run", new { id = run.Id });
    }

    /// <summary>The run's progress, or once it is finished its result; a run of someone else is not found.</summary>
    public IActionResult OnGetRun(string? id)
    {
        if (runs.Find(id, Caller.Username) is not { } run)
        {
            Outcome = new UploadOutcome(null, [], "没有这次导入（或已过期），请重新上传", []);
            return Page();
        }

        (Kind, FileName, Stored) = (run.Sheet.Kind, run.Sheet.FileName, run.Sheet.Stored);
        var numbers = run.Sheet.Numbers ?? [];
        if (!run.IsFinished)
        {
            Running = run;
        }
        else if (run.Outcome is { } outcome)
        {
            Outcome = UploadedImport.Describe(outcome, numbers, SheetKind);
            Committed = Outcome.Result is not null;
        }
        else
        {
            Outcome = new UploadOutcome(null, [], run.Error, numbers);
        }

        return Page();
    }

    /// <summary>The run page's poll: the same state <c>GET /api/imports/runs/{id}</c> answers, for the page's cookie.</summary>
    public IActionResult OnGetStatus(string? id) =>
        runs.Find(id, Caller.Username) is { } run ? new JsonResult(ImportRunStatus.Of(run)) : NotFound();

    public ContentResult OnGetScript() => Content(ImportRunScript.Text, "text/javascript; charset=utf-8");

    private Task<UploadOutcome> RunAsync(byte[] bytes, bool dryRun) =>
        UploadedImport.RunAsync(Caller, Stored!, bytes, SheetKind, dryRun, OnExisting, grains, rules.Value, clock.GetUtcNow(), logger);
}
