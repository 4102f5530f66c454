using Media.Domain.Regions;
using Media.Domain.Sampling;
using Media.Domain.Validation;

namespace Media.Application.Surveys;

/// <summary>The survey of a jurisdiction (摸底统计), for supervisors and admins.</summary>
public static class SurveyQuery
{
    /// <summary>The survey as of <paramref name="asOf"/>, or why not; <paramref name="format"/> is checked with the other input.</summary>
    public static async Task<Outcome<SurveyReport>> RunAsync(Caller caller, string? region, string? format, IGrainFactory grains,
        RegionCatalog regions, SurveyOptions options, DateTimeOffset asOf)
    {
        if (caller.IsUnit)
        {
            return Refusal.Forbidden("摸底统计由监管单位查看");
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
            return Refusal.Invalid(errors);
        }

        var parts = await RegionFanOut.AskAsync(grains, scope, index => index.SurveyAsync(options.LowFollowers, options.LowPosts30d));
        return SurveyReport.Build(scope, parts, regions, asOf);
    }
}
