using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Media.Abstractions.Monitoring;
using Media.Abstractions.Sampling;
using Media.Abstractions.Users;
using Media.Domain.Monitoring;
using Media.Domain.Regions;
using Media.Domain.Sampling;
using Media.Domain.Validation;
using Media.Grains;
using Media.Silo.Api.Monitoring;
using Media.Silo.Auth;
using Microsoft.Extensions.Options;

namespace Media.Silo.Api.Samplings;

/// <summary>
/// <c>/api/samplings</c>: quarterly sampling inspection (抽查) by supervisors of the jurisdiction, one per
/// quarter and region; inspections account by account; the 通报 in four formats.
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
        group.MapGet("/{id}/report", ReportAsync);
        return routes;
    }

    private static async Task<IResult> CreateAsync(HttpContext context, IGrainFactory grains, RegionCatalog regions,
        IOptions<SamplingOptions> options, [FromKeyedServices(MediaClock.Key)] TimeProvider clock)
    {
        var caller = Caller.From(context.User);
        if (caller.IsUnit)
        {
            return Problems.Forbidden("抽查由监管单位开展");
        }

        var (body, problem) = await JsonRequest.ReadAsync<CreateSamplingRequest>(context.Request, 4096);
        if (body is null)
        {
            return problem!;
        }

        var errors = new FieldErrors();
        var today = Domain.Time.BeijingTime.Today(clock);
        if (!Quarter.TryParse(body.Quarter, out var quarter))
        {
            errors.Add("quarter", "季度格式应为 2026Q4");
        }
        else if (quarter.FirstDay > today)
        {
            errors.Add("quarter", "不能抽查尚未开始的季度");
        }

        if (!RegionCode.TryParse(body.RegionCode, out var region) || !regions.IsKnown(region))
        {
            errors.Add("regionCode", "请填写区划表中有效的6位行政区划代码");
        }

        var min = options.Value.MinRatio;
        var ratio = body.Ratio ?? min;
        if (ratio < min || ratio > 1)
        {
            errors.Add("ratio", $"抽查比例应在{min:0.##}至1之间（每季度不低于{min * 100:0.#}%）");
        }

        if (body.Seed is not null)
        {
            errors.AddIfInvalid("seed", FieldRules.Required(body.Seed, 64));
        }

        if (!errors.IsEmpty)
        {
            return Problems.Validation(errors.ToDictionary());
        }

        if (!caller.CoversRegion(region.Value))
        {
            return Problems.Forbidden("只能抽查本辖区的账号");
        }

        var id = SamplingRecord.IdFor(quarter.ToString(), region.Value);
        var seed = body.Seed?.Trim() ?? await DerivedSeedAsync(grains, id);
        var created = await grains.GetGrain<ISamplingGrain>(id).CreateAsync(new SamplingRequest(ratio, seed, body.Seed is null, caller.Username));
        if (created is null)
        {
            return Problems.Conflict($"{quarter.ChineseName}{regions.FullNameOf(region)}已开展抽查（{id}）");
        }

        return TypedResults.Created($"/api/samplings/{id}", SamplingView.From(created, regions.FullNameOf(region)));
    }

    /// <summary>The caller's task for this quarter: whether its region's sampling is still to be done.</summary>
    private static async Task<IResult> DueAsync(HttpContext context, IGrainFactory grains, RegionCatalog regions, string? region,
        [FromKeyedServices(MediaClock.Key)] TimeProvider clock)
    {
        var caller = Caller.From(context.User);
        var code = region ?? (caller.IsSupervisor ? caller.Scope : null);
        if (caller.IsUnit)
        {
            return Problems.Forbidden("抽查由监管单位开展");
        }

        if (!RegionCode.TryParse(code, out var scope) || !regions.IsKnown(scope))
        {
            return Problems.Validation("region", "请填写区划表中有效的6位行政区划代码");
        }

        if (!caller.CoversRegion(scope.Value))
        {
            return Problems.Forbidden("该行政区划不在您的管辖范围内");
        }

        var quarter = Quarter.Of(Domain.Time.BeijingTime.Today(clock));
        var current = await grains.GetGrain<ISamplingGrain>(SamplingRecord.IdFor(quarter.ToString(), scope.Value)).GetAsync();
        var previous = await grains.GetGrain<ISamplingGrain>(SamplingRecord.IdFor(quarter.Previous.ToString(), scope.Value)).GetAsync();
        return TypedResults.Ok(new
        {
            quarter = quarter.ToString(), quarterName = quarter.ChineseName, regionCode = scope.Value, regionName = regions.FullNameOf(scope),
            due = current is null, samplingId = current?.Id, recheck = previous?.Failures.Count() ?? 0,
        });
    }

    private static async Task<IResult> GetAsync(string id, HttpContext context, IGrainFactory grains, RegionCatalog regions)
    {
        var (sampling, problem) = await VisibleAsync(id, context, grains);
        return sampling is null ? problem! : TypedResults.Ok(SamplingView.From(sampling, regions.FullNameOf(RegionCode.Parse(sampling.RegionCode))));
    }

    /// <summary>One sampled account, pre-filled with the machine findings of the quarter for the inspector to confirm or override.</summary>
    private static async Task<IResult> PrefillAsync(string id, string accountId, HttpContext context, IGrainFactory grains)
    {
        var (sampling, problem) = await VisibleAsync(id, context, grains);
        if (sampling is null)
        {
            return problem!;
        }

        var account = sampling.Accounts.Concat(sampling.Recheck).FirstOrDefault(a => a.AccountId == accountId);
        if (account is null || !Quarter.TryParse(sampling.Quarter, out var quarter))
        {
            return Problems.NotFound("该账号不在本次抽查样本或复查名单中");
        }

        var from = Domain.Time.BeijingTime.StartOfDay(quarter.FirstDay);
        var to = Domain.Time.BeijingTime.StartOfDay(quarter.LastDay.AddDays(1));
        var violations = await grains.GetGrain<IMonitoredAccount>(accountId).GetViolationsAsync();
        var findings = violations
            .Where(v => v.Status != ViolationStatus.Dismissed && v.DetectedAt < to && (v.ClosedAt is not { } closed || closed >= from))
            .Select(ViolationView.From)
            .ToList();
        return TypedResults.Ok(new
        {
            account, recheck = sampling.Recheck.Any(a => a.AccountId == accountId), machineFindings = findings,
            inspection = sampling.InspectionOf(accountId),
        });
    }

    private static async Task<IResult> InspectAsync(string id, HttpContext context, IGrainFactory grains,
        [FromKeyedServices(MediaClock.Key)] TimeProvider clock)
    {
        var (body, readProblem) = await JsonRequest.ReadAsync<InspectionRequest>(context.Request, 64 * 1024);
        if (body is null)
        {
            return readProblem!;
        }

        var (sampling, problem) = await VisibleAsync(id, context, grains);
        if (sampling is null)
        {
            return problem!;
        }

        var errors = new FieldErrors();
        var findings = InspectionRules.Validate(body, sampling, errors);
        if (!errors.IsEmpty)
        {
            return Problems.Validation(errors.ToDictionary());
        }

        var caller = Caller.From(context.User);
        if (caller.IsUnit)
        {
            return Problems.Forbidden("抽查检查由监管单位填写");
        }

        var inspection = new InspectionRecord(body.AccountId!, body.Passed!.Value, findings, caller.Username, clock.GetUtcNow());
        var updated = await grains.GetGrain<ISamplingGrain>(sampling.Id).InspectAsync(inspection);
        return updated is null ? Problems.NotFound("该账号不在本次抽查样本或复查名单中") : TypedResults.Ok(inspection);
    }

    private static async Task<IResult> ReportAsync(string id, string? format, HttpContext context, IGrainFactory grains, RegionCatalog regions)
    {
        var (sampling, problem) = await VisibleAsync(id, context, grains);
        if (sampling is null)
        {
            return problem!;
        }

        var previous = Quarter.TryParse(sampling.Quarter, out var quarter)
            ? await grains.GetGrain<ISamplingGrain>(SamplingRecord.IdFor(quarter.Previous.ToString(), sampling.RegionCode)).GetAsync()
            : null;
        var report = SamplingReport.Build(sampling, previous, regions);
        var file = $"{sampling.Id}-report";
        return (format ?? "json") switch
        {
            "json" => TypedResults.Ok(report),
            "html" => TypedResults.Content(SamplingReportFiles.Html(report), "text/html; charset=utf-8"),
            "csv" => TypedResults.File(SamplingReportFiles.Csv(report), "text/csv; charset=utf-8", file + ".csv"),
            "xlsx" => TypedResults.File(SamplingReportFiles.Xlsx(report), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file + ".xlsx"),
            _ => Problems.Validation("format", "格式应为 json、html、csv 或 xlsx"),
        };
    }

    // Units never see samplings; supervisors see those of regions inside their own.
    private static async Task<(SamplingRecord? Sampling, IResult? Problem)> VisibleAsync(string id, HttpContext context, IGrainFactory grains)
    {
        var caller = Caller.From(context.User);
        var sampling = id.Length <= 32 ? await grains.GetGrain<ISamplingGrain>(id).GetAsync() : null;
        return sampling is not null && !caller.IsUnit && caller.CoversRegion(sampling.RegionCode)
            ? (sampling, null)
            : (null, Problems.NotFound("抽查不存在或不在您的管辖范围内"));
    }

    // Default seed: a keyed hash of quarter and region, so it cannot be guessed in advance but is the same on every silo.
    private static async Task<string> DerivedSeedAsync(IGrainFactory grains, string id)
    {
        var key = await grains.GetGrain<ISigningKeyGrain>(0).GetAsync();
        return Convert.ToHexString(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes("media-sampling-seed|" + id)))[..16].ToLowerInvariant();
    }
}
