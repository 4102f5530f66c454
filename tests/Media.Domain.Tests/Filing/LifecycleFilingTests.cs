using Media.Domain.Filing;

namespace Media.Domain.Tests.Filing;

public class LifecycleFilingTests
{
    private static readonly DateOnly EffectiveOn = new(2024, 3, 1);
    private static readonly TimeSpan Utc8 = TimeSpan.FromHours(8);
    private static readonly FilingRuleOptions Options = new();

    [Theory]
    [InlineData(LifecycleKinds.Change)]
    [InlineData(LifecycleKinds.Close)]
    [InlineData(LifecycleKinds.Cancel)]
    public void Filing_on_day_three_at_2359_beijing_is_on_time(string kind)
    {
        var filedAt = new DateTimeOffset(2024, 3, 4, 23, 59, 59, Utc8);

        Assert.Null(FilingRules.EvaluateLifecycleFiling(kind, EffectiveOn, filedAt, Options));
        Assert.Null(FilingRules.EvaluateLifecycleFiling(kind, EffectiveOn, filedAt.ToUniversalTime(), Options));
    }

    [Theory]
    [InlineData(LifecycleKinds.Change, "变更")]
    [InlineData(LifecycleKinds.Close, "关停")]
    [InlineData(LifecycleKinds.Cancel, "注销")]
    public void Filing_on_day_four_at_0000_beijing_is_late(string kind, string what)
    {
        var inBeijing = new DateTimeOffset(2024, 3, 5, 0, 0, 0, Utc8);
        var inUtc = new DateTimeOffset(2024, 3, 4, 16, 0, 0, TimeSpan.Zero);

        foreach (var filedAt in new[] { inBeijing, inUtc })
        {
            var finding = FilingRules.EvaluateLifecycleFiling(kind, EffectiveOn, filedAt, Options);

            Assert.NotNull(finding);
            Assert.Equal(RuleIds.FilingLate, finding.Rule);
            Assert.Equal(
                $"账号{what}生效日期为2024-03-01，应于2024-03-04（含）前备案，实际备案日期为2024-03-05（北京时间），超过3日备案期限。",
                finding.Message);
        }
    }

    [Fact]
    public void The_deadline_comes_from_the_options()
    {
        var filedAt = new DateTimeOffset(2024, 3, 6, 12, 0, 0, Utc8);

        Assert.NotNull(FilingRules.EvaluateLifecycleFiling(LifecycleKinds.Close, EffectiveOn, filedAt, Options));
        Assert.Null(FilingRules.EvaluateLifecycleFiling(
            LifecycleKinds.Close, EffectiveOn, filedAt, new FilingRuleOptions { FilingDeadlineDays = 5 }));
    }

    [Theory]
    [InlineData("open")]
    [InlineData("Close")]
    [InlineData("")]
    public void Unknown_kinds_are_a_programming_error(string kind) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => FilingRules.EvaluateLifecycleFiling(
            kind, EffectiveOn, new DateTimeOffset(2024, 3, 2, 0, 0, 0, Utc8), Options));

    [Fact]
    public void Lifecycle_kinds_have_chinese_names()
    {
        Assert.Equal(["change", "close", "cancel"], LifecycleKinds.All);
        Assert.True(LifecycleKinds.IsKnown("cancel"));
        Assert.False(LifecycleKinds.IsKnown("Cancel"));
        Assert.Equal("注销", LifecycleKinds.DisplayName(LifecycleKinds.Cancel));
    }
}
