using Media.Domain.Filing;
using Media.Domain.Units;

namespace Media.Domain.Tests.Filing;

public sealed class ExceptionReasonTests
{
    [Theory]
    [InlineData(UnitLevel.County, UnitKind.Department, null, true)]
    [InlineData(UnitLevel.County, UnitKind.Department, " \t", true)]
    [InlineData(UnitLevel.Township, UnitKind.Government, "", true)]
    [InlineData(UnitLevel.Township, UnitKind.Department, null, true)]
    [InlineData(UnitLevel.County, UnitKind.Department, "防汛应急发布", false)]
    [InlineData(UnitLevel.County, UnitKind.Government, null, false)]
    [InlineData(UnitLevel.City, UnitKind.Department, null, false)]
    [InlineData(UnitLevel.Province, UnitKind.Department, null, false)]
    public void Only_units_that_in_principle_may_not_open_accounts_must_give_a_reason(UnitLevel level, UnitKind kind, string? reason, bool missing) =>
        Assert.Equal(missing, ExceptionReason.IsMissing(level, kind, reason));
}
