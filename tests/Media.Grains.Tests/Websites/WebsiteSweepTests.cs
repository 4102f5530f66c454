using Media.Abstractions.Accounts;
using Media.Abstractions.Index;
using Media.Domain.Monitoring;
using Media.Grains.Index;
using static Media.Grains.Tests.Accounts.TestAccounts;

namespace Media.Grains.Tests.Websites;

/// <summary>A sweep wakes a website only when its judge said a verdict may change (SiteDueAt), never by the accounts' plan.</summary>
public sealed class WebsiteSweepTests
{
    [Fact]
    public void A_website_line_is_picked_when_its_due_time_has_come_and_never_by_the_silence_rules()
    {
        var due = Beijing(2026, 11, 26, 2);
        // Opened years ago and never a post: as an account this line would be woken for the two-week veto.
        var website = new IndexEntry("website:4401040001", "U1", "website", "广州市海珠区人民政府", AccountStatus.Active,
            new DateOnly(2020, 1, 1), 0, "440105", null, null, SiteDueAt: due);
        var undated = website with { AccountId = "website:4401040002", SiteDueAt = null };

        Assert.Empty(SweepCandidates.Find([website, undated], due - TimeSpan.FromMinutes(1), new MonitoringOptions()));
        Assert.Equal(["website:4401040001"], SweepCandidates.Find([website, undated], due, new MonitoringOptions()));
    }
}
