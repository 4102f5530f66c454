using System.Collections.Immutable;
using Media.Abstractions.Accounts;
using Media.Abstractions.Units;
using Media.Domain.Accounts;
using Media.Domain.Filing;
using Media.Domain.Regions;
using Media.Domain.Time;
using Media.Domain.Units;

namespace Media.Grains.Accounts;

/// <summary>Turns an opening command and its unit into a filing record, through the domain rules.</summary>
internal sealed record AccountOpening(
    string Id,
    string Platform,
    string Handle,
    UnitRecord Unit,
    UnitLevel Level,
    UnitKind Kind,
    OpenAccountCommand Command,
    DateTimeOffset FiledAt,
    FilingRuleOptions Options,
    DateOnly? DiscoveredOn)
{
    /// <summary>The opening to build, or the field and message that refuse it.</summary>
    public static (AccountOpening? Opening, FilingOutcome? Rejection) Evaluate(string id, UnitRecord unit,
        OpenAccountCommand command, DateTimeOffset filedAt, FilingRuleOptions options, DateOnly? discoveredOn = null)
    {
        if (!AccountKey.TryParse(id, out var platform, out var handle))
        {
            return (null, FilingOutcome.Rejected("id", FilingOutcome.InvalidId));
        }

        if (!UnitLevels.TryParse(unit.Level, out UnitLevel level) || !UnitLevels.TryParse(unit.Kind, out UnitKind kind))
        {
            return (null, FilingOutcome.Rejected("unitCode", "主办单位的层级或类型无效"));
        }

        if (FilingDates.CheckOpenedOn(command.OpenedOn, BeijingTime.DateOf(filedAt)) is { } future)
        {
            return (null, FilingOutcome.Rejected("openedOn", future));
        }

        // A website has no exception reason to give: the account rule on levels (§3.1) does not apply to it.
        if (platform != Platforms.Website && ExceptionReason.IsMissing(level, kind, command.ExceptionReason))
        {
            return (null, FilingOutcome.Rejected("exceptionReason", ExceptionReason.Message));
        }

        return (new AccountOpening(id, platform, handle, unit, level, kind, command, filedAt, options, discoveredOn), null);
    }

    /// <summary>The record to store, given how many other active accounts the unit has on the platform.</summary>
    public AccountSnapshot Build(int otherAccountsOnPlatform)
    {
        var facts = new OpeningFacts(Level, Kind, RegionCode.Parse(Unit.RegionCode), Platform, otherAccountsOnPlatform,
            Command.Approval?.Authority, Command.Approval?.DocumentNo, Command.ExceptionReason,
            Command.OpenedOn, FiledAt, Command.Approval?.ApprovedOn, DiscoveredOn);
        var findings = FilingRules.EvaluateOpening(facts, Options)
            .Select(f => new FindingRecord(f.Rule, f.Message, FiledAt))
            .ToImmutableArray();
        var timeliness = FilingRules.OpeningTimeliness(facts, Options);
        var filing = new FilingEntry(FilingKind.Open, Command.OpenedOn, FiledAt, timeliness.Deadline, timeliness.Late,
            Command.Actor, null, null);
        return new AccountSnapshot(Id, Platform, Handle, Unit.Code, Unit.RegionCode, Command.Profile,
            Command.OpenedOn, Command.Approval, Command.ExceptionReason, AccountStatus.Active, [filing], findings,
            Command.Website);
    }
}
