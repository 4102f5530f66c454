using Media.Application.Samplings;
using Media.Application.Samplings.Reports;

namespace Media.Silo.Hosting;

/// <summary>
/// The 通报 templates in <c>silo-config/reports</c>: read at every rendering (an office's edit applies at once),
/// checked at start so a missing or broken template stops the silo with the reason instead of failing a download later;
/// and the websites' deduction sheet, read at every website inspection.
/// </summary>
public static class ReportSetup
{
    public static WebApplicationBuilder AddMediaReports(this WebApplicationBuilder builder)
    {
        var template = new TongbaoTemplate(Path.Combine(builder.Configuration[SiloConfigDirectory.Key]!, "reports"));
        if (template.Problem() is { } problem)
        {
            throw new InvalidOperationException(problem);
        }

        builder.Services.AddSingleton(template);
        builder.Services.AddSingleton(new DeductionSheetFile(Path.Combine(builder.Configuration[SiloConfigDirectory.Key]!, "websites", "deductions.json")));
        return builder;
    }
}
