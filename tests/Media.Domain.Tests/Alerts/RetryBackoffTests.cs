using Media.Domain.Alerts;

namespace Media.Domain.Tests.Alerts;

public sealed class RetryBackoffTests
{
    private static readonly TimeSpan First = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Max = TimeSpan.FromMinutes(30);

    [Theory]
    [InlineData(1, 30)]
    [InlineData(2, 60)]
    [InlineData(3, 120)]
    [InlineData(7, 1800)]
    [InlineData(8, 1800)]
    [InlineData(10_000, 1800)]
    public void Waits_double_from_the_first_and_stop_at_the_cap(int failures, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), RetryBackoff.After(failures, First, Max));

    [Fact]
    public void Nonsense_arguments_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RetryBackoff.After(0, First, Max));
        Assert.Throws<ArgumentOutOfRangeException>(() => RetryBackoff.After(1, TimeSpan.Zero, Max));
        Assert.Throws<ArgumentOutOfRangeException>(() => RetryBackoff.After(1, Max, First));
    }
}
