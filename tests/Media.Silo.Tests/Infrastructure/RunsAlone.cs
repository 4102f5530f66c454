namespace Media.Silo.Tests.Infrastructure;

/// <summary>
/// Tests that load both cores for minutes (the 100,000-account sweep, the benchmark smoke runs with their own
/// silo processes) run in this collection, by themselves, so they never starve the timing of other tests.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunsAlone
{
    public const string Name = "alone";
}
