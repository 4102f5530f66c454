using Media.Abstractions.Index;
using Media.Application.Monitoring;
using Media.Grains;
using Media.Grains.Index;

namespace Media.Silo.Hosting;

/// <summary>The use cases that are services (they hold ports), for the API and the pages alike.</summary>
public static class ApplicationSetup
{
    public static WebApplicationBuilder AddMediaApplication(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IIndexNotes>(sp => sp.GetRequiredService<IndexNotes>());
        builder.Services.AddSingleton(sp => new PostIngest(sp.GetRequiredService<IGrainFactory>(), sp.GetRequiredService<IIndexNotes>(),
            sp.GetRequiredKeyedService<TimeProvider>(MediaClock.Key)));
        builder.Services.AddSingleton<Web.Pages.Imports.UploadedSheets>();
        builder.Services.AddSingleton<SheetRuns.ImportRuns>();
        return builder;
    }
}
