using Media.Abstractions.Accounts;
using Media.Abstractions.Index;
using Media.Grains.Index;

namespace Media.Silo.Tests.Monitoring;

/// <summary>A region index keeps one copy of the strings its lines repeat, and the lines stay equal to what came in.</summary>
public sealed class SharedStringsTests
{
    [Fact]
    public void Lines_of_one_unit_share_its_code_platform_and_region_and_keep_their_values()
    {
        var strings = new SharedStrings();
        // Copies, as two lines deserialized from two grain calls would carry.
        var first = Line("weibo:a", Copy("91440101MA5CXXXX1X"), Copy("weibo"), Copy("440104"));
        var second = Line("weibo:b", Copy("91440101MA5CXXXX1X"), Copy("weibo"), Copy("440104"));

        var (a, b) = (strings.Share(first), strings.Share(second));

        Assert.Equal(first, a);
        Assert.Equal(second, b);
        Assert.Same(a.UnitCode, b.UnitCode);
        Assert.Same(a.Platform, b.Platform);
        Assert.Same(a.RegionCode, b.RegionCode);
        Assert.NotSame(second.UnitCode, b.UnitCode);
        Assert.Same(b, strings.Share(b));
    }

    private static string Copy(string value) => new(value.AsSpan());

    private static IndexEntry Line(string id, string unit, string platform, string region) =>
        new(id, unit, platform, "名称", AccountStatus.Active, new DateOnly(2026, 1, 5), 0, region);
}
