using Media.Application.Surveys;
using Media.Domain.Regions;
using Media.Domain.Sampling;
using Media.Grains;
using Media.Silo.Auth;
using Microsoft.Extensions.Options;

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
        var surveyed = await SurveyQuery.RunAsync(CallerClaims.From(context.User), region, format, grains, regions, options.Value,
            clock.GetUtcNow());
        if (!surveyed.IsDone)
        {
            return Problems.For(surveyed.Refusal);
        }

        var report = surveyed.Value;
        return format switch
        {
            "csv" => TypedResults.File(SurveyFiles.Csv(report), "text/csv; charset=utf-8", "survey.csv"),
            "xlsx" => TypedResults.File(SurveyFiles.Xlsx(report), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "survey.xlsx"),
            _ => TypedResults.Ok(report),
        };
    }
}
