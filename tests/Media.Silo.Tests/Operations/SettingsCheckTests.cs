using Media.Silo.Hosting;
using Media.Testing;
using Microsoft.Extensions.Configuration;

namespace Media.Silo.Tests.Operations;

/// <summary>The check the silo runs on its settings before it starts, on the shipped <c>silo-config/media.json</c>.</summary>
public sealed class SettingsCheckTests
{
    [Fact]
    public void The_shipped_settings_have_no_problem()
    {
        Assert.Empty(SettingsCheck.Problems(Shipped([])));
    }

    [Theory]
    [InlineData("Rules:Monitoring:WarningDays", "20", "Rules:Monitoring:WarningDays")]
    [InlineData("Rules:Monitoring:NoUpdateDays", "-3", "Rules:Monitoring:NoUpdateDays")]
    [InlineData("Mail:RetryMax", "00:00:01", "Mail:RetryMax")]
    [InlineData("Rules:Websites:ProbesPerDay", "0", "Rules:Websites:ProbesPerDay")]
    [InlineData("Media:Profile", "cloud", "Media:Profile")]
    [InlineData("Smtp:Port", "many", "Smtp:Port")]
    public void Each_bad_value_is_one_problem_named_by_its_own_key(string key, string value, string named)
    {
        var problems = SettingsCheck.Problems(Shipped(new() { [key] = value }));

        var problem = Assert.Single(problems);
        Assert.StartsWith(named, problem, StringComparison.Ordinal);
    }

    /// <summary>The shipped settings with <paramref name="overrides"/> on top, as an operator's file or environment would add them.</summary>
    internal static IConfiguration Shipped(Dictionary<string, string?> overrides) => new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(RepositoryRoot.Path, "silo-config", "media.json"))
        .AddInMemoryCollection(overrides)
        .Build();
}
