using Media.Domain.Alerts;
using Media.Domain.Regions;
using Media.Domain.Units;

namespace Media.Domain.Tests.Alerts;

public sealed class AlertRoutingTests
{
    [Theory]
    [InlineData(UnitLevel.Province, UnitKind.Department, "440000", "440000")]
    [InlineData(UnitLevel.City, UnitKind.Government, "440100", "440000")]
    [InlineData(UnitLevel.City, UnitKind.Department, "440100", "440100")]
    [InlineData(UnitLevel.County, UnitKind.Government, "440104", "440100")]
    [InlineData(UnitLevel.County, UnitKind.Government, "440303", "440300")]
    [InlineData(UnitLevel.County, UnitKind.Department, "440104", "440104")]
    [InlineData(UnitLevel.Township, UnitKind.Government, "440104", "440104")]
    public void The_supervising_office_follows_SPEC_3_2(UnitLevel level, UnitKind kind, string region, string office) =>
        Assert.Equal(office, AlertRouting.SupervisingOffice(level, kind, RegionCode.Parse(region)).Value);

    [Theory]
    [InlineData("440100", "440000")]
    [InlineData("440300", "440000")]
    [InlineData("440000", "440000")]
    [InlineData("440104", "440100")]
    public void An_escalation_goes_one_office_up(string office, string up) =>
        Assert.Equal(up, AlertRouting.EscalationOffice(RegionCode.Parse(office)).Value);

    [Theory]
    [InlineData("440104", UnitLevel.County, UnitKind.Government, false, "440100")]
    [InlineData("440104", UnitLevel.County, UnitKind.Government, true, "440000")]
    [InlineData("440100", UnitLevel.City, UnitKind.Government, false, "440000")]
    [InlineData("440000", UnitLevel.Province, UnitKind.Department, true, "440000")]
    [InlineData("440104", null, UnitKind.Government, false, "440100")]
    [InlineData("440104", UnitLevel.County, null, true, "440000")]
    [InlineData("440000", null, null, false, "440000")]
    [InlineData("440104", UnitLevel.County, UnitKind.Department, true, "440100")]
    public void The_office_told_is_the_supervising_one_or_the_city_when_the_unit_is_unknown_one_level_up_for_an_escalation(
        string region, UnitLevel? level, UnitKind? kind, bool escalation, string office) =>
        Assert.Equal(office, AlertRouting.OfficeFor(RegionCode.Parse(region), level, kind, escalation).Value);

    [Fact]
    public void Supervisors_get_both_mails_units_immediate_only_admins_none()
    {
        Assert.Equal(new AlertPreferences(true, true), AlertPreferences.DefaultFor("supervisor"));
        Assert.Equal(new AlertPreferences(true, false), AlertPreferences.DefaultFor("unit"));
        Assert.Equal(new AlertPreferences(false, false), AlertPreferences.DefaultFor("admin"));
    }
}
