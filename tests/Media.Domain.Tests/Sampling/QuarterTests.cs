using Media.Domain.Sampling;

namespace Media.Domain.Tests.Sampling;

public sealed class QuarterTests
{
    [Theory]
    [InlineData("2026Q4", 2026, 4, "2026-10-01", "2026-12-31", "2026Q3")]
    [InlineData("2026q1", 2026, 1, "2026-01-01", "2026-03-31", "2025Q4")]
    [InlineData(" 2027Q2 ", 2027, 2, "2027-04-01", "2027-06-30", "2027Q1")]
    public void Parses_with_its_days_and_the_previous_quarter(string text, int year, int number, string first, string last, string previous)
    {
        Assert.True(Quarter.TryParse(text, out var quarter));
        Assert.Equal(new Quarter(year, number), quarter);
        Assert.Equal(DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), quarter.FirstDay);
        Assert.Equal(DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture), quarter.LastDay);
        Assert.Equal(previous, quarter.Previous.ToString());
    }

    [Theory]
    [InlineData("2026Q5")]
    [InlineData("2026Q0")]
    [InlineData("26Q1")]
    [InlineData("2026-Q1")]
    [InlineData("")]
    [InlineData(null)]
    public void Refuses_anything_else(string? text) => Assert.False(Quarter.TryParse(text, out _));

    [Fact]
    public void Names_itself_in_chinese_and_knows_its_days()
    {
        var quarter = Quarter.Of(new DateOnly(2026, 11, 26));
        Assert.Equal("2026年第四季度", quarter.ChineseName);
        Assert.True(quarter.Contains(new DateOnly(2026, 10, 1)));
        Assert.False(quarter.Contains(new DateOnly(2027, 1, 1)));
    }
}
