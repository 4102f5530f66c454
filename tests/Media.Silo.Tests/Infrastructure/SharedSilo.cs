using Microsoft.Extensions.Time.Testing;

namespace Media.Silo.Tests.Infrastructure;

/// <summary>
/// One silo for all the tests of a class (an xunit class fixture), on Media's clock standing still at Beijing
/// 2026-11-26 10:00. Starting a silo costs seconds; tests that each work on units and accounts of their own
/// and assert only about those share one instead of starting their own.
/// </summary>
public sealed class SharedSilo : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.FromHours(8));

    public SiloFactory Silo { get; } = new() { Clock = new FakeTimeProvider(Now) };

    public ValueTask DisposeAsync() => Silo.DisposeAsync();
}
