using Media.Abstractions.Storage;
using System.Text;
using Media.Application.Samplings;
using Media.Application.Samplings.Reports;
using Media.Application.Violations;
using Media.Domain.Accounts;
using Media.Domain.Regions;
using Media.Domain.Sampling;
using Media.Grains;
using Media.Silo.Auth;
using Microsoft.Extensions.Options;

namespace Media.Silo.Api.Samplings;

/// <summary>
/// <c>/api/samplings</c>: quarterly sampling inspection (抽查) by supervisors of the jurisdiction, one per
/// quarter and region; inspections account by account; the 通报 in five formats.
/// </summary>
public static class SamplingsApi
{
    public static IEndpointRouteBuilder MapSamplingsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/samplings").RequireAuthorization();
        group.MapPost("/", CreateAsync);
        group.MapGet("/due", DueAsync);
        group.MapGet("/{id}", GetAsync);
        group.MapGet("/{id}/accounts/{accountId}", PrefillAsync);
        group.MapPost("/{id}/inspections", InspectAsync);
        group.MapPost("/{id}/inspections/batch", InspectBatchAsync);
        group.MapGet("/{id}/report", ReportAsync);
        return routes;
    }

    private static async Task<IResult> CreateAsync(HttpContext context, IGrainFactory grains, RegionCatalog regions,
        IOptions<SamplingOptions> options, IAuditLog audit, [FromKeyedServices(MediaClock.Key)] TimeProvider clock)
    {
        var caller = CallerClaims.From(context.User);
        if (caller.IsUnit)
        {
            return Problems.Forbidden("抽查由监管单位开展");
        }

        var (body, problem) = await JsonRequest.ReadAsync<CreateSamplingRequest>(context.Request, 4096);
        if (body is null)
        {
            return problem!;
        }

        var created = await SamplingFlow.CreateAsync(caller, body, grains, regions, options.Value, audit, clock);
        return created.IsDone
            ? TypedResults.Created($"/api/samplings/{created.Value.Id}",
                SamplingView.From(created.Value, regions.FullNameOf(RegionCode.Parse(created.Value.RegionCode))))
            : Problems.For(created.Refusal);
    }

    /// <summary>The caller's task for this quarter: whether its region's sampling is still to be done.</summary>
    private static async Task<IResult> DueAsync(HttpContext context, IGrainFactory grains, RegionCatalog regions, string? region,
        [FromKeyedServices(MediaClock.Key)] TimeProvider clock)
    {
        var due = await SamplingDue.FindAsync(CallerClaims.From(context.User), region, grains, regions, clock);
        return due.IsDone ? TypedResults.Ok(due.Value) : Problems.For(due.Refusal);
    }

    private static async Task<IResult> GetAsync(string id, HttpContext context, IGrainFactory grains, RegionCatalog regions)
    {
        var sampling = await SamplingFlow.VisibleAsync(CallerClaims.From(context.User), id, grains);
        return sampling is null ? NotFound() : TypedResults.Ok(SamplingView.From(sampling, regions.FullNameOf(RegionCode.Parse(sampling.RegionCode))));
    }

    /// <summary>One sampled account, pre-filled with the machine findings of the quarter for the inspector to confirm or override.</summary>
    private static async Task<IResult> PrefillAsync(string id, string accountId, HttpContext context, IGrainFactory grains, DeductionSheetFile sheet)
    {
        if (await SamplingFlow.VisibleAsync(CallerClaims.From(context.User), id, grains) is not { } sampling)
        {
            return NotFound();
        }

        var findings = await SamplingFlow.MachineFindingsAsync(sampling, accountId, grains);
        if (findings is null)
        {
            return Problems.NotFound("该账号不在本次抽查样本或复查名单中");
        }

        return TypedResults.Ok(new
        {
            account = sampling.Member(accountId),
            recheck = sampling.Recheck.Any(a => a.AccountId == accountId), machineFindings = findings.Select(ViolationView.From).ToList(),
            inspection = sampling.InspectionOf(accountId),
            website = sampling.Member(accountId)!.Platform == Platforms.Website ? await WebsitePrefill.LoadAsync(accountId, grains, sheet) : null,
        });
    }

    private static async Task<IResult> InspectAsync(string id, HttpContext context, IGrainFactory grains, IAuditLog audit,
        [FromKeyedServices(MediaClock.Key)] TimeProvider clock, DeductionSheetFile sheet)
    {
        var (body, readProblem) = await JsonRequest.ReadAsync<InspectionRequest>(context.Request, 64 * 1024);
        if (body is null)
        {
            return readProblem!;
        }

        var inspected = await SamplingFlow.InspectAsync(CallerClaims.From(context.User), id, body, grains, audit, clock, sheet);
        return inspected.IsDone ? TypedResults.Ok(inspected.Value.Inspection) : Problems.For(inspected.Refusal);
    }

    /// <summary>Many inspections in one request (<see cref="InspectionBatch"/>): the recorded count and the inspections.</summary>
    private static async Task<IResult> InspectBatchAsync(string id, HttpContext context, IGrainFactory grains, IAuditLog audit,
        [FromKeyedServices(MediaClock.Key)] TimeProvider clock, DeductionSheetFile sheet)
    {
        var (body, readProblem) = await JsonRequest.ReadAsync<InspectionBatchRequest>(context.Request, InspectionBatch.MaxItems * 4 * 1024);
        if (body is null)
        {
            return readProblem!;
        }

        var recorded = await InspectionBatch.InspectAsync(CallerClaims.From(context.User), id, body, grains, audit, clock, sheet);
        return recorded.IsDone
            ? TypedResults.Ok(new { recorded = recorded.Value.Inspections.Count, inspections = recorded.Value.Inspections })
            : Problems.For(recorded.Refusal);
    }

    private static async Task<IResult> ReportAsync(string id, string? format, string? table, HttpContext context, IGrainFactory grains,
        RegionCatalog regions, TongbaoTemplate template, [FromKeyedServices(MediaClock.Key)] TimeProvider clock)
    {
        if (await SamplingFlow.VisibleAsync(CallerClaims.From(context.User), id, grains) is not { } sampling)
        {
            return NotFound();
        }

        var report = await SamplingReports.ReportAsync(sampling, grains, regions, clock);
        var ascii = $"{sampling.Id}-report";
        if ((format ?? "json") == "json")
        {
            var title = template.Render(report.Document!).Title;
            return ReportDownload.Json(context, report, (report.Draft ? TongbaoDocument.DraftMark + "-" : string.Empty) + title, ascii);
        }

        if (table is not null && format != "csv")
        {
            return Problems.Validation("table", "只有 CSV 格式按表格分别下载");
        }

        return SamplingReports.File(report, template, format!, table) switch
        {
            { } file => ReportDownload.Of(context, file, ascii, inline: format == "html"),
            null when SamplingReports.Formats.Contains(format) => Problems.Validation("table", "表格应为 " + string.Join("、", ReportTable.Keys)),
            null => Problems.Validation("format", "格式应为 " + string.Join("、", SamplingReports.Formats)),
        };
    }

    private static IResult NotFound() => Problems.NotFound(SamplingFlow.NotVisible);
}
