using Media.Abstractions;
using Media.Abstractions.Monitoring;
using Media.Abstractions.Sampling;
using Media.Domain.Monitoring;
using Media.Domain.Sampling;

namespace Media.Application.Violations;

/// <summary>
/// Problems people find become violations (SPEC §3.4): a confirmed inspection item opens a violation of its rule on the
/// account, with the sampling as its source and the inspector as the one who raised it, so it is noticed, answered and
/// verified like any other.
/// </summary>
public static class HumanFindings
{
    /// <summary>Opens the violations of an inspection's confirmed findings; an <c>other</c> item names no rule, so it opens none.</summary>
    public static async Task<IReadOnlyList<ViolationRecord>> FromInspectionAsync(SamplingRecord sampling, InspectionRecord inspection,
        IGrainFactory grains)
    {
        var account = grains.Ref<IMonitoredAccount>(inspection.AccountId);
        var opened = new List<ViolationRecord>();
        foreach (var finding in inspection.Findings.Where(f => f.Confirmed && f.Rule != InspectionRules.Other))
        {
            var evidence = $"{sampling.Quarter}抽查（{sampling.Id}）发现：{finding.Note ?? MonitoringRules.DisplayName(finding.Rule)}";
            if (await account.RecordFindingAsync(new HumanFinding(finding.Rule, evidence, "sampling:" + sampling.Id, inspection.Inspector))
                is { } violation)
            {
                opened.Add(violation);
            }
        }

        return opened;
    }
}
