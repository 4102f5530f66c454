using Media.Domain.Accounts;
using Media.Domain.Filing;
using Media.Domain.Regions;
using Media.Domain.Units;

namespace Media.Domain.Tests.Filing;

public class LegacyAccountTests
{
    // 广州市人民政府's Weibo account, opened in 2018, filed today without any approval reference.
    private static readonly OpeningFacts Old = new(UnitLevel.City, UnitKind.Government, RegionCode.Parse("440100"),
        Platforms.Weibo, 0, null, null, null, new DateOnly(2018, 6, 1),
        new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.FromHours(8)));

    private static string[] Rules(OpeningFacts facts, DateOnly? effectiveFrom) =>
        [.. FilingRules.EvaluateOpening(facts, new FilingRuleOptions { EffectiveFrom = effectiveFrom }).Select(f => f.Rule)];

    [Fact]
    public void Without_an_effective_date_an_old_account_is_late_and_unapproved() =>
        Assert.Equal([RuleIds.FilingLate, RuleIds.ApprovalMissing], Rules(Old, null));

    [Fact]
    public void An_account_opened_before_the_effective_date_is_neither_late_nor_unapproved() =>
        Assert.Empty(Rules(Old, new DateOnly(2026, 12, 3)));

    [Fact]
    public void An_account_opened_on_the_effective_date_is_judged()
    {
        var opened = Old with { OpenedOn = new DateOnly(2026, 11, 1) };
        Assert.Equal([RuleIds.FilingLate, RuleIds.ApprovalMissing], Rules(opened, new DateOnly(2026, 11, 1)));
    }

    [Fact]
    public void Other_findings_still_apply_to_a_legacy_account() =>
        Assert.Equal([RuleIds.DuplicateAccount], Rules(Old with { OtherAccountsOnPlatform = 1 }, new DateOnly(2026, 1, 1)));
}
