using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Media.Application;
using Media.Application.Accounts;
using Media.Application.Imports;
using Media.Domain.Filing;
using Media.Grains;
using Media.Silo.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Media.Silo.Tests.SheetImports;

/// <summary>
/// Background imports on a real silo: the import reports its rows as it checks and files them, <c>?async=true</c> answers 202
/// with a run that ends as the synchronous import ends, and only the user who started a run can read it.
/// </summary>
public sealed class ImportRunTests(SharedSilo shared) : IClassFixture<SharedSilo>
{
    private const int Rows = 300;

    private readonly SiloFactory _silo = shared.Silo;

    [Fact]
    public async Task An_import_reports_each_stage_from_zero_up_to_its_total_at_most_a_hundred_times_not_once_a_row()
    {
        using var admin = await _silo.AdminAsync();
        var rows = Sheet(await admin.CreateUnitAsync("440105")).Select(r => JsonSerializer.SerializeToElement(r, MediaClient.Json)
            .Deserialize<FileAccountRequest>(MediaClient.Json)).ToList();
        var reports = new Reports();

        var outcome = await AccountImport.RunAsync(new Caller("admin", Roles.Admin, null, null), new ImportAccountsRequest(rows, false),
            _silo.Grains, _silo.Services.GetRequiredService<IOptions<FilingRuleOptions>>().Value,
            _silo.Services.GetRequiredKeyedService<TimeProvider>(MediaClock.Key).GetUtcNow(), NullLogger.Instance,
            TestContext.Current.CancellationToken, reports);

        Assert.Equal(Rows, outcome.Value.Filed);
        Assert.Equal([ImportProgress.Checking, ImportProgress.Filing], reports.All.Select(r => r.Stage).Distinct());
        foreach (var stage in reports.All.GroupBy(r => r.Stage))
        {
            var done = stage.Select(r => r.Done).ToList();
            Assert.Equal(0, done[0]);
            Assert.Equal(Rows, done[^1]);
            Assert.Equal(done.Order(), done);
            Assert.All(stage, r => Assert.Equal(Rows, r.Total));
            // The regions answer for a sheet of new accounts at once and its rows count as their unit is loaded: one unit, one step.
            Assert.InRange(done.Count, stage.Key == ImportProgress.Checking ? 2 : 10, 102);
        }
    }

    [Fact]
    public async Task An_async_run_answers_202_and_its_progress_ends_at_the_total_with_the_synchronous_import_result()
    {
        using var admin = await _silo.AdminAsync();
        var synchronous = await admin.PostAsync("/api/imports/accounts", new { rows = Sheet(await admin.CreateUnitAsync("440106")) });
        Assert.Equal(HttpStatusCode.OK, synchronous.StatusCode);
        var expected = await MediaClient.ReadJsonAsync(synchronous);

        var started = await admin.PostAsync("/api/imports/accounts?async=true", new { rows = Sheet(await admin.CreateUnitAsync("440106")) });

        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var location = started.Headers.Location!.ToString();
        Assert.StartsWith("/api/imports/runs/", location, StringComparison.Ordinal);
        var polls = await PollAsync(admin, location);
        var last = polls[^1];
        Assert.Equal("done", last["state"]!.GetValue<string>());
        Assert.Equal(ImportProgress.Filing, last["stage"]!.GetValue<string>());
        Assert.Equal([Rows, Rows], [last["done"]!.GetValue<int>(), last["total"]!.GetValue<int>()]);
        var filing = polls.Where(p => p["stage"]!.GetValue<string>() == ImportProgress.Filing).Select(p => p["done"]!.GetValue<int>()).ToList();
        Assert.Equal(filing.Order(), filing);
        var result = last["result"]!;
        Assert.Equal(expected["filed"]!.GetValue<int>(), result["filed"]!.GetValue<int>());
        Assert.Equal(Shape(expected), Shape(result));
        Assert.Empty(result["failed"]!.AsArray());
    }

    [Fact]
    public async Task A_refused_async_run_carries_the_rows_problem_and_another_user_cannot_read_the_run()
    {
        using var admin = await _silo.AdminAsync();
        var unit = await admin.CreateUnitAsync("440111");
        var rows = Sheet(unit);
        rows[41]["responsible"] = new { name = "张三", phone = "12345", email = "zhang@example.cn" };
        using var supervisor = await admin.CreateUserAsync(_silo.CreateClient(), "supervisor", "440100");

        var started = await admin.PostAsync("/api/imports/accounts?async=true", new { rows });
        var location = started.Headers.Location!.ToString();
        var last = (await PollAsync(admin, location))[^1];

        Assert.Equal("refused", last["state"]!.GetValue<string>());
        Assert.Equal(400, last["problem"]!["status"]!.GetValue<int>());
        Assert.Equal($"共 {Rows} 行，其中 1 行有误，未导入任何账号", last["problem"]!["detail"]!.GetValue<string>());
        Assert.Equal([43], last["problem"]!["rows"]!.AsArray().Select(r => r!["row"]!.GetValue<int>()));
        Assert.Equal(HttpStatusCode.NotFound, (await supervisor.Http.GetAsync(location, TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Http.GetAsync("/api/imports/runs/" + Guid.NewGuid().ToString("N"),
            TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Http.GetAsync("/api/accounts/" + Uri.EscapeDataString($"weibo:{rows[0]["handle"]}"), TestContext.Current.CancellationToken)).StatusCode);
    }

    // Polls until the run is finished: the wait is on the run's state, not a time.
    private static async Task<List<JsonObject>> PollAsync(MediaClient client, string location)
    {
        var polls = new List<JsonObject> { await client.GetJsonAsync(location) };
        while (polls[^1]["state"]!.GetValue<string>() == "running")
        {
            await Task.Delay(50, TestContext.Current.CancellationToken);
            polls.Add(await client.GetJsonAsync(location));
        }

        return polls;
    }

    // What of a result does not depend on which unit the rows named: each row's number and its findings.
    private static List<string> Shape(JsonNode result) =>
        [.. result["accounts"]!.AsArray().Select(a => $"{a!["row"]}:{string.Join(',', a["findings"]!.AsArray().Select(f => f!.GetValue<string>()))}")];

    // Three platforms, so some rows of a platform are the unit's second or third there (duplicate-account findings).
    private static List<Dictionary<string, object?>> Sheet(string unit) =>
        [.. Enumerable.Range(0, Rows).Select(i => MediaClient.OpeningBody(unit, (i % 3) switch { 0 => "weibo", 1 => "douyin", _ => "toutiao" }))];

    private sealed class Reports : IProgress<ImportProgress>
    {
        private readonly Lock _gate = new();
        private readonly List<ImportProgress> _all = [];

        public IReadOnlyList<ImportProgress> All
        {
            get
            {
                lock (_gate)
                {
                    return [.. _all];
                }
            }
        }

        public void Report(ImportProgress value)
        {
            lock (_gate)
            {
                _all.Add(value);
            }
        }
    }
}
