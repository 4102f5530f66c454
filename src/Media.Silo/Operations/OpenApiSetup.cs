namespace Media.Silo.Operations;

/// <summary>The OpenAPI document of the HTTP API at <c>/openapi/v1.json</c>, and its reader-friendly page <c>/api-docs</c>.</summary>
public static class OpenApiSetup
{
    public const string DocumentName = "v1";

    public static WebApplicationBuilder AddMediaOpenApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddOpenApi(DocumentName, o =>
        {
            // Only the API: Razor pages and the dashboard are for browsers, not for clients generated from the document.
            o.ShouldInclude = d => d.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "政务新媒体备案与监测 API";
                document.Info.Version = Hosting.MediaVersion.Current;
                return Task.CompletedTask;
            });
        });
        return builder;
    }

    public static WebApplication MapMediaOpenApi(this WebApplication app)
    {
        // Anonymous like /healthz: it describes the routes, not any data, and client generators fetch it without a token.
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        return app;
    }
}
