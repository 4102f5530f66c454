using System.Globalization;
using System.Text.Json;
using Media.Domain.Websites;

namespace Media.Domain.Tests.Websites;

public sealed class WebsiteOptionsTests
{
    [Fact]
    public void The_defaults_are_valid()
    {
        Assert.Empty(new WebsiteOptions().Validate());
    }

    [Fact]
    public void Every_nonsensical_value_is_reported_at_once()
    {
        var options = new WebsiteOptions { HomeStaleDays = 0, ProbeTimeoutSeconds = -1, NoticeStaleMonths = 0, BlankColumns = 0 };

        var problems = options.Validate();

        Assert.Equal(4, problems.Count);
        Assert.Contains(problems, p => p.Contains("Rules:Websites:HomeStaleDays", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("ProbeTimeoutSeconds", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(1.5)]
    [InlineData(-0.05)]
    public void A_share_outside_zero_to_one_is_refused(double share)
    {
        Assert.Contains(new WebsiteOptions { UnreachableShare = share }.Validate(), p => p.Contains("UnreachableShare", StringComparison.Ordinal));
    }

    [Fact]
    public void Probes_whose_timeouts_overlap_within_a_day_are_refused()
    {
        Assert.Single(new WebsiteOptions { ProbesPerDay = 10_000, ProbeTimeoutSeconds = 15 }.Validate());
        Assert.Empty(new WebsiteOptions { ProbesPerDay = 5_760, ProbeTimeoutSeconds = 15 }.Validate());
    }

    [Fact]
    public void An_unanswered_delay_of_a_year_could_never_be_found_and_is_refused()
    {
        Assert.Single(new WebsiteOptions { UnansweredMonths = 12 }.Validate());
    }

    [Fact]
    public void Media_json_carries_every_threshold_with_its_default()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(RepositoryRoot.File("silo-config", "media.json")));
        var section = json.RootElement.GetProperty("Rules").GetProperty("Websites");
        var defaults = new WebsiteOptions();

        var properties = typeof(WebsiteOptions).GetProperties();
        Assert.Equal(properties.Select(p => p.Name).Order(), section.EnumerateObject().Select(p => p.Name).Order());
        Assert.All(properties, p => Assert.Equal(
            Convert.ToString(p.GetValue(defaults), CultureInfo.InvariantCulture),
            section.GetProperty(p.Name).GetRawText()));
    }
}
