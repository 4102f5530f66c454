using System.Globalization;
using System.Text;
using Media.Domain.Regions;
using Media.Domain.Sampling;
using Media.Domain.Validation;
using Media.Grains;
using Media.Silo.Auth;
using Microsoft.Extensions.Options;
using MiniExcelLibs;

namespace Media.Silo.Api.Surveys;

/// <summary><c>GET /api/surveys?region=&amp;format=json|csv|xlsx</c>: the survey of a jurisdiction, for supervisors.</summary>
public static class SurveysApi
{
    public static IEndpointRouteBuilder MapSurveysApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/surveys", GetAsync).RequireAuthorization();
        return routes;
    }

    private static async Task<IResult> GetAsync(HttpContext context, IGrainFactory grains, RegionCatalog regions,
        IOptions<SurveyOptions> options, [FromKeyedServices(MediaClock.Key)] TimeProvider clock, string? region, string? format)
    {
        var caller = Caller.From(context.User);
        if (caller.IsUnit)
        {
            return Problems.Forbidden("摸底统计由监管单位查看");
        }

        var errors = new FieldErrors();
        var (scope, forbidden) = RegionFanOut.Scope(caller, region, errors);
        if (forbidden is not null)
        {
            return forbidden;
        }

        if (format is not (null or "json" or "csv" or "xlsx"))
        {
            errors.Add("format", "格式应为 json、csv 或 xlsx");
        }

        if (!errors.IsEmpty)
        {
            return Problems.Validation(errors.ToDictionary());
        }

        var o = options.Value;
        var parts = await RegionFanOut.AskAsync(grains, scope, index => index.SurveyAsync(o.LowFollowers, o.LowPosts30d));
        var report = SurveyReport.Build(scope, parts, regions, clock.GetUtcNow());
        return format switch
        {
            "csv" => TypedResults.File(Csv(report), "text/csv; charset=utf-8", "survey.csv"),
            "xlsx" => TypedResults.File(Xlsx(report), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "survey.xlsx"),
            _ => TypedResults.Ok(report),
        };
    }

    private static byte[] Csv(SurveyReport r)
    {
        var lines = new StringBuilder("地区,平台,账号数,粉丝数,周均发布,原创占比\r\n");
        foreach (var row in r.Rows.Append(r.Total))
        {
            lines.Append(string.Join(',', Cells(row).Select(ReportCells.Csv))).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(lines.ToString())];
    }

    private static byte[] Xlsx(SurveyReport r)
    {
        string[] headers = ["地区", "平台", "账号数", "粉丝数", "周均发布", "原创占比"];
        var sheets = new Dictionary<string, object>
        {
            ["统计"] = r.Rows.Append(r.Total).Select(row => headers.Zip(Cells(row)).ToDictionary(p => p.First, p => (object)p.Second)).ToArray(),
            ["重复开设"] = r.Duplicates.Select(d => new Dictionary<string, object>
            {
                ["单位代码"] = d.UnitCode, ["平台"] = d.PlatformName, ["账号"] = string.Join("、", d.Accounts), ["说明"] = d.Reason,
            }).ToArray(),
            ["低关注低更新"] = r.LowActivity.Select(a => new Dictionary<string, object>
            {
                ["账号"] = a.AccountId, ["名称"] = a.Name, ["平台"] = a.Platform, ["地区"] = a.Region, ["粉丝数"] = a.Followers,
                ["周均发布"] = a.PostsPerWeek,
            }).ToArray(),
        };
        using var stream = new MemoryStream();
        stream.SaveAs(sheets);
        return stream.ToArray();
    }

    private static string[] Cells(SurveyRow row) =>
    [
        row.SubRegionName, row.PlatformName, row.Accounts.ToString(CultureInfo.InvariantCulture),
        row.Followers.ToString(CultureInfo.InvariantCulture), row.PostsPerWeek.ToString("0.0", CultureInfo.InvariantCulture),
        ReportCells.Percent(row.OriginalShare),
    ];
}
