using Media.Probes.Extractors;

namespace Media.Probes.Tests.Extractors;

public class ChineseCountsTests
{
    [Theory]
    [InlineData("100万+", 1_000_000L)]
    [InlineData("1.2万", 12_000L)]
    [InlineData("3亿", 300_000_000L)]
    [InlineData("1.5亿+", 150_000_000L)]
    [InlineData("999+", 999L)]
    [InlineData("1,234", 1_234L)]
    [InlineData(" 42 ", 42L)]
    [InlineData("很多", null)]
    [InlineData("", null)]
    public void Display_counts_are_parsed_to_numbers(string text, long? expected) =>
        Assert.Equal(expected, ChineseCounts.Parse(text));
}
