using Media.Domain.Units;

namespace Media.Domain.Tests.Units;

public class UnitLevelsTests
{
    [Theory]
    [InlineData("province", UnitLevel.Province, "省级")]
    [InlineData("city", UnitLevel.City, "市级")]
    [InlineData("county", UnitLevel.County, "县级")]
    [InlineData("township", UnitLevel.Township, "乡镇（街道）")]
    public void Levels_round_trip_through_their_ids(string id, UnitLevel level, string displayName)
    {
        Assert.True(UnitLevels.TryParse(id, out UnitLevel parsed));
        Assert.Equal(level, parsed);
        Assert.Equal(id, UnitLevels.ToId(level));
        Assert.Equal(displayName, UnitLevels.DisplayName(level));
    }

    [Theory]
    [InlineData("government", UnitKind.Government, "人民政府")]
    [InlineData("department", UnitKind.Department, "政府部门")]
    public void Kinds_round_trip_through_their_ids(string id, UnitKind kind, string displayName)
    {
        Assert.True(UnitLevels.TryParse(id, out UnitKind parsed));
        Assert.Equal(kind, parsed);
        Assert.Equal(id, UnitLevels.ToId(kind));
        Assert.Equal(displayName, UnitLevels.DisplayName(kind));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Province")]
    [InlineData(" city")]
    [InlineData("village")]
    public void Unknown_or_differently_spelled_level_ids_are_rejected(string? id) =>
        Assert.False(UnitLevels.TryParse(id, out UnitLevel _));

    [Theory]
    [InlineData(null)]
    [InlineData("Government")]
    [InlineData("bureau")]
    public void Unknown_or_differently_spelled_kind_ids_are_rejected(string? id) =>
        Assert.False(UnitLevels.TryParse(id, out UnitKind _));

    [Fact]
    public void Every_enum_value_has_an_id() =>
        Assert.All(Enum.GetValues<UnitLevel>(), level => Assert.NotEmpty(UnitLevels.ToId(level)));
}
