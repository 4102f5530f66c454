using Media.Silo.Api;
using Media.Silo.Api.Accounts;
using Media.Silo.Api.Audit;
using Media.Silo.Api.Imports;
using Media.Silo.Api.Mail;
using Media.Silo.Api.Monitoring;
using Media.Silo.Api.Reports;
using Media.Silo.Api.Samplings;
using Media.Silo.Api.Surveys;
using Media.Silo.Api.Units;
using Media.Silo.Api.Users;
using Media.Silo.Api.Websites;
using Media.Silo.Auth;
using Media.Silo.Hosting;
using Media.Silo.Mail;
using Media.Silo.Operations;
using Media.Silo.Probing;
using Media.Silo.Scheduling;
using Media.Silo.Web;
using Media.Silo.Webhooks;

// No watch on appsettings files: it watches the content root with its subdirectories, which holds the data
// directory when the silo starts there, so every SQLite write woke a file-watcher thread (cost in docs/benchmarks.md).
var builder = WebApplication.CreateBuilder([.. args, "--hostBuilder:reloadConfigOnChange=false"]);

builder.AddMediaConfiguration();
if (SettingsCheck.Problems(builder.Configuration) is [_, ..] problems)
{
    await Console.Error.WriteLineAsync(SettingsCheck.Describe(problems));
    return 1;
}

builder.Services.AddMediaSettings(builder.Configuration);
builder.AddMediaLogging();
if (builder.TakeDataDirectory() is { } refusal)
{
    await Console.Error.WriteLineAsync(refusal);
    return 75; // EX_TEMPFAIL: the directory is busy; starting again after the other process ends works.
}

builder.AddMediaDomain();
builder.AddMediaMonitoring();
builder.AddMediaReports();
builder.AddMediaProbing();
builder.AddMediaMail();
builder.AddMediaWebhooks();
builder.AddMediaOrleans();
builder.AddMediaAuth();
builder.AddMediaWeb();
builder.AddMediaScheduling();
builder.AddMediaApi();
builder.AddMediaApplication();
builder.AddMediaOpenApi();
builder.AddMediaMetrics();

var app = builder.Build();

app.UseMediaApi();
app.MapHealthApi();
app.MapAuthApi();
app.MapUsersApi();
app.MapUnitsApi();
app.MapAccountsApi();
app.MapWebsitesApi();
app.MapDiscoveriesApi();
app.MapImportsApi();
app.MapPostsApi();
app.MapSweepsApi();
app.MapViolationsApi();
app.MapRectificationApi();
app.MapProbesApi();
app.MapOutboxApi();
app.MapSamplingsApi();
app.MapReportsApi();
app.MapSurveysApi();
app.MapAuditApi();
app.MapMediaWeb();
app.MapMediaOpenApi();
app.MapMediaMetrics();

await app.RunAsync();
return 0;

/// <summary>Exposed so tests can host the silo with <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
