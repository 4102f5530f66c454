using Media.Domain.Regions;
using Media.Domain.Units;

namespace Media.Domain.Tests.Units;

public class UnitRegionRulesTests
{
    private static RegionCode R(string code) => RegionCode.Parse(code);

    [Theory]
    [InlineData(UnitLevel.Province, "440000")]
    [InlineData(UnitLevel.City, "440100")]
    [InlineData(UnitLevel.County, "440104")]
    [InlineData(UnitLevel.Township, "440104")]
    public void Each_level_accepts_a_code_of_its_own_level(UnitLevel level, string region) =>
        Assert.Null(UnitRegionRules.CheckLevel(level, R(region)));

    [Theory]
    [InlineData(UnitLevel.Province, "440100")]
    [InlineData(UnitLevel.City, "440000")]
    [InlineData(UnitLevel.City, "440104")]
    [InlineData(UnitLevel.County, "440100")]
    [InlineData(UnitLevel.Township, "440000")]
    public void A_code_of_another_level_is_refused_naming_it(UnitLevel level, string region) =>
        Assert.Contains(region, UnitRegionRules.CheckLevel(level, R(region)), StringComparison.Ordinal);

    [Theory]
    [InlineData("11440100MB2C92341", "440100")]
    [InlineData("11440104MB2C92341", "440104")]
    [InlineData("11440100MB2C92341", "440104")]
    [InlineData("11440000MB2C92341", "440000")]
    public void A_credit_code_of_the_same_city_is_accepted(string first17, string region) =>
        Assert.Null(UnitRegionRules.CheckCreditCode(Complete(first17), R(region)));

    [Theory]
    [InlineData("11440300MB2C92341", "440100")]
    [InlineData("11440303MB2C92341", "440104")]
    [InlineData("11440100MB2C92341", "440000")]
    [InlineData("11100000MB2C92341", "440100")]
    public void A_credit_code_of_another_region_is_refused_naming_both(string first17, string region)
    {
        var message = UnitRegionRules.CheckCreditCode(Complete(first17), R(region));
        Assert.NotNull(message);
        Assert.Contains(region, message, StringComparison.Ordinal);
        Assert.Contains(first17[2..8], message, StringComparison.Ordinal);
    }

    private static string Complete(string first17) => first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);
}
