using Media.Silo.Tests.Infrastructure;

namespace Media.Silo.Tests.Robustness;

/// <summary>
/// SPEC §5.1: no request, however malformed, may produce a 5xx or change state. Hundreds of bad requests,
/// generated from valid bodies by a seeded mutator, are each refused with a 4xx problem, and the store
/// reads exactly the same afterwards.
/// </summary>
public sealed partial class MalformedInputTests(MalformedInputWorld world) : IClassFixture<MalformedInputWorld>
{
    private const int Seed = 20261120;

    [Fact]
    public async Task Hundreds_of_generated_bad_requests_get_4xx_problems_and_leave_the_store_unchanged()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var cases = BadRequestGenerator.Generate(world.Templates, Seed);
        Assert.True(cases.Count >= 500, $"only {cases.Count} bad requests were generated");
        var before = await StoreFingerprint.TakeAsync(world.Silo.DatabaseFile, cancellationToken: cancellationToken);

        var faults = new List<string>();
        var statuses = new SortedDictionary<int, int>();
        foreach (var request in cases)
        {
            using var message = new HttpRequestMessage(HttpMethod.Post, request.Path) { Content = request.Content() };
            var client = request.AsUnitUser ? world.UnitUser.Http : world.Admin.Http;
            using var response = await client.SendAsync(message, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            statuses[(int)response.StatusCode] = statuses.GetValueOrDefault((int)response.StatusCode) + 1;
            if (ResponseCheck.Fault(request, (int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, body) is { } fault)
            {
                faults.Add($"{request}\n    → {fault}");
            }
        }

        var after = await StoreFingerprint.TakeAsync(world.Silo.DatabaseFile, cancellationToken: cancellationToken);
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{cases.Count} bad requests ({cases.Count(c => c.AsUnitUser)} as the unit user); statuses: "
            + string.Join(", ", statuses.Select(s => $"{s.Key}×{s.Value}")));
        Assert.True(faults.Count == 0,
            $"{faults.Count} of {cases.Count} bad requests were answered wrongly:\n{string.Join("\n", faults)}");
        Assert.True(before == after, $"{cases.Count} bad requests changed the store: {before} → {after}");
    }

    [Fact]
    public void The_generator_is_deterministic()
    {
        var first = BadRequestGenerator.Generate(world.Templates, Seed).Select(c => c.ToString()).ToList();
        var second = BadRequestGenerator.Generate(world.Templates, Seed).Select(c => c.ToString()).ToList();

        Assert.Equal(first, second);
    }
}
