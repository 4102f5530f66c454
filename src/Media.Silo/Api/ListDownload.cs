using Media.Application;
using Media.Application.Exports;
using Media.Silo.Api.Samplings;

namespace Media.Silo.Api;

/// <summary>An exported list as an HTTP answer: an attachment with its Chinese file name, or the refusal as problem details.</summary>
public static class ListDownload
{
    public static IResult For(HttpContext context, Outcome<ListExport> export) =>
        export.IsDone ? ReportDownload.Of(context, export.Value.File, export.Value.AsciiName, inline: false) : Problems.For(export.Refusal);
}
