using Media.Domain.Filing;
using Media.Domain.Regions;
using Media.Domain.Units;

namespace Media.Domain.Tests.Filing;

public class ApprovalRoutingTests
{
    // Every level × kind, each with a unit region at its own level (townships use their county's code).
    [Theory]
    [InlineData(UnitLevel.Province, UnitKind.Government, "440000", "440000")]
    [InlineData(UnitLevel.Province, UnitKind.Department, "440000", "440000")]
    [InlineData(UnitLevel.City, UnitKind.Government, "440300", "440000")]
    [InlineData(UnitLevel.City, UnitKind.Department, "440300", "440300")]
    [InlineData(UnitLevel.County, UnitKind.Government, "440303", "440300")]
    [InlineData(UnitLevel.County, UnitKind.Department, "440303", "440300")]
    [InlineData(UnitLevel.Township, UnitKind.Government, "440303", "440300")]
    [InlineData(UnitLevel.Township, UnitKind.Department, "440303", "440300")]
    public void Approval_goes_to_the_office_named_in_the_rules(UnitLevel level, UnitKind kind, string unitRegion, string office) =>
        Assert.Equal(
            RegionCode.Parse(office),
            ApprovalRouting.RequiredAuthority(level, kind, RegionCode.Parse(unitRegion)));

    [Fact]
    public void A_city_government_is_approved_by_its_own_province()
    {
        var yichun = RegionCode.Parse("360900");

        Assert.Equal(RegionCode.Parse("360000"), ApprovalRouting.RequiredAuthority(UnitLevel.City, UnitKind.Government, yichun));
    }

    [Fact]
    public void A_county_government_is_approved_by_its_own_city()
    {
        var wanzai = RegionCode.Parse("360922");

        Assert.Equal(RegionCode.Parse("360900"), ApprovalRouting.RequiredAuthority(UnitLevel.County, UnitKind.Government, wanzai));
    }

    [Theory]
    [InlineData(UnitLevel.Province, UnitKind.Government, true)]
    [InlineData(UnitLevel.Province, UnitKind.Department, true)]
    [InlineData(UnitLevel.City, UnitKind.Government, true)]
    [InlineData(UnitLevel.City, UnitKind.Department, true)]
    [InlineData(UnitLevel.County, UnitKind.Government, true)]
    [InlineData(UnitLevel.County, UnitKind.Department, false)]
    [InlineData(UnitLevel.Township, UnitKind.Government, false)]
    [InlineData(UnitLevel.Township, UnitKind.Department, false)]
    public void County_departments_and_townships_may_not_open_accounts_in_principle(UnitLevel level, UnitKind kind, bool permitted) =>
        Assert.Equal(permitted, ApprovalRouting.IsLevelPermitted(level, kind));
}
