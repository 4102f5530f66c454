using System.Security.Cryptography;
using System.Text;
using Media.Abstractions;
using Media.Abstractions.Audit;
using Media.Abstractions.Monitoring;
using Media.Abstractions.Sampling;
using Media.Abstractions.Storage;
using Media.Application.Violations;
using Media.Domain.Accounts;
using Media.Domain.Regions;
using Media.Domain.Sampling;
using Media.Domain.Time;
using Media.Domain.Validation;

namespace Media.Application.Samplings;

/// <summary>
/// Sampling inspection (抽查, SPEC §3.4) as the API and the web pages both do it: creating a quarter's sampling of
/// a region, inspecting its accounts one by one, and the report. Units never see samplings; supervisors see
/// those of regions inside their own.
/// </summary>
public static class SamplingFlow
{
    /// <summary>An inspection as recorded, and the sampling's progress with it.</summary>
    public sealed record Inspected(InspectionsKept Progress, InspectionRecord Inspection);

    /// <summary>Draws and keeps a quarter's sampling of a region, then writes its audit row (<c>sampling.create</c>).</summary>
    public static async Task<Outcome<SamplingRecord>> CreateAsync(Caller caller, CreateSamplingRequest body, IGrainFactory grains, RegionCatalog regions,
        SamplingOptions options, IAuditLog audit, TimeProvider clock)
    {
        var errors = new FieldErrors();
        if (caller.IsUnit)
        {
            return Refusal.Forbidden("抽查由监管单位开展");
        }

        var today = BeijingTime.Today(clock);
        if (!Quarter.TryParse(body.Quarter, out var quarter))
        {
            errors.Add("quarter", "季度格式应为 2026Q4");
        }
        else if (quarter.FirstDay > today)
        {
            errors.Add("quarter", "不能抽查尚未开始的季度");
        }

        if (!RegionCode.TryParse(body.RegionCode, out var region) || !regions.IsKnown(region))
        {
            errors.Add("regionCode", "请填写区划表中有效的6位行政区划代码");
        }

        var min = options.MinRatio;
        var ratio = body.Ratio ?? min;
        if (ratio < min || ratio > 1)
        {
            errors.Add("ratio", $"抽查比例应在{min:0.##}至1之间（每季度不低于{min * 100:0.#}%）");
        }

        if (body.Seed is not null)
        {
            errors.AddIfInvalid("seed", FieldRules.Required(body.Seed, 64));
        }

        if (!errors.IsEmpty)
        {
            return Refusal.Invalid(errors);
        }

        if (!caller.CoversRegion(region.Value))
        {
            return Refusal.Forbidden("只能抽查本辖区的账号");
        }

        var id = SamplingRecord.IdFor(quarter.ToString(), region.Value);
        var seed = body.Seed?.Trim() ?? await DerivedSeedAsync(grains, id);
        var created = await grains.GetGrain<ISamplingGrain>(id).CreateAsync(new SamplingRequest(ratio, seed, body.Seed is null, caller.Username));
        if (created is null)
        {
            return Refusal.Conflict($"{quarter.ChineseName}{regions.FullNameOf(region)}已开展抽查（{id}）");
        }

        await audit.AppendAsync(new AuditEntry(created.CreatedAt, caller.Username, "sampling.create", "sampling:" + created.Id, null, AuditJson.Of(created)));
        return created;
    }

    /// <summary>The sampling if the caller may see it, else null.</summary>
    public static async Task<SamplingRecord?> VisibleAsync(Caller caller, string id, IGrainFactory grains) =>
        Visible(caller, id.Length <= 32 ? await grains.GetGrain<ISamplingGrain>(id).GetAsync() : null);

    /// <summary>
    /// The sampling as drawn, without its inspections, if the caller may see it, else null: what recording an inspection
    /// checks against (the grain answers what the inspection replaced).
    /// </summary>
    internal static async Task<SamplingRecord?> VisibleDrawAsync(Caller caller, string id, IGrainFactory grains) =>
        Visible(caller, id.Length <= 32 ? await grains.GetGrain<ISamplingGrain>(id).GetDrawAsync() : null);

    private static SamplingRecord? Visible(Caller caller, SamplingRecord? sampling) =>
        sampling is not null && !caller.IsUnit && caller.CoversRegion(sampling.RegionCode) ? sampling : null;

    /// <summary>
    /// The machine findings of the sampled quarter on one account (violations open at some time in it, not dismissed),
    /// for the inspector to confirm or override; null when the account is not in the sample or the re-check list.
    /// </summary>
    public static async Task<IReadOnlyList<ViolationRecord>?> MachineFindingsAsync(SamplingRecord sampling, string accountId, IGrainFactory grains)
    {
        if (sampling.Member(accountId) is null || !Quarter.TryParse(sampling.Quarter, out var quarter))
        {
            return null;
        }

        var from = BeijingTime.StartOfDay(quarter.FirstDay);
        var to = BeijingTime.StartOfDay(quarter.LastDay.AddDays(1));
        var violations = await grains.Ref<IMonitoredAccount>(accountId).GetViolationsAsync();
        return [.. violations.Where(v => v.Status != ViolationStatus.Dismissed && v.DetectedAt < to && (v.ClosedAt is not { } closed || closed >= from))];
    }

    /// <summary>Records one account's inspection, with an audit row (<c>sampling.inspect</c>) holding the one it replaced, if any.</summary>
    /// <remarks>A website (SPEC §3.6) is scored against <paramref name="sheet"/>: its vetoes, then its deduction lines.</remarks>
    public static async Task<Outcome<Inspected>> InspectAsync(Caller caller, string id, InspectionRequest body, IGrainFactory grains, IAuditLog audit,
        TimeProvider clock, DeductionSheetFile sheet)
    {
        if (await VisibleDrawAsync(caller, id, grains) is not { } sampling)
        {
            return NotFound();
        }

        var errors = new FieldErrors();
        if (Record(caller, body, sampling.Member(body.AccountId), errors, clock, sheet) is not { } inspection)
        {
            return Refusal.Invalid(errors);
        }

        var kept = await grains.GetGrain<ISamplingGrain>(sampling.Id).InspectAsync(inspection);
        if (kept is null)
        {
            return Refusal.NotFound(NotInSample);
        }

        await RecordedAsync(sampling, kept.ReplacedOf(inspection.AccountId), inspection, grains, audit);
        return new Inspected(kept, inspection);
    }

    /// <summary>The answer for an account in neither the sample nor the re-check list.</summary>
    public const string NotInSample = "该账号不在本次抽查样本或复查名单中";

    /// <summary>The inspection a request asks to record of <paramref name="member"/> (null when not in the sample), or null with its problems in <paramref name="errors"/>.</summary>
    internal static InspectionRecord? Record(Caller caller, InspectionRequest body, SampledAccount? member, FieldErrors errors, TimeProvider clock,
        DeductionSheetFile sheet)
    {
        var website = member?.Platform == Platforms.Website;
        var findings = InspectionRules.Validate(body.AccountId, member is not null, body.Passed, body.Findings, errors, website);
        var verdict = website ? WebsiteInspection.Score(findings, body.Passed, body.Deductions, body.MissingIdentifiers, sheet.Load(), errors) : null;
        if (!website && (body.Deductions is { Count: > 0 } || body.MissingIdentifiers is { Count: > 0 }))
        {
            errors.Add("deductions", "扣分表和网站标识只适用于政府网站");
        }

        var passed = verdict?.Passed ?? body.Passed;
        if (body.GoodExample == true && passed == false)
        {
            errors.Add("goodExample", "不合格的账号不能作为典型");
        }

        if (!errors.IsEmpty)
        {
            return null;
        }

        return new InspectionRecord(body.AccountId!, passed!.Value,
            [.. findings.Select(f => new InspectionFinding(f.Rule, f.Note, f.Confirmed))], caller.Username, clock.GetUtcNow(),
            body.GoodExample == true, verdict is null ? null : new WebsiteScoreRecord(verdict.Score,
                [.. verdict.Deductions.Select(d => new InspectionDeduction(d.Item, d.Name, d.Times, d.Points, d.Confirmed))], [.. verdict.MissingIdentifiers]));
    }

    /// <summary>What follows a kept inspection: its audit row (with the one it replaced), the violations it finds, the observation.</summary>
    internal static async Task RecordedAsync(SamplingRecord sampling, InspectionRecord? replaced, InspectionRecord inspection, IGrainFactory grains,
        IAuditLog audit, bool batch = false)
    {
        await audit.AppendAsync(new AuditEntry(inspection.InspectedAt, inspection.Inspector, "sampling.inspect", "sampling:" + sampling.Id,
            AuditJson.Of(replaced), AuditJson.Of(inspection)));

        // After the inspection is kept: a retried request finds the same sources' violations active and opens nothing twice.
        await HumanFindings.FromInspectionAsync(sampling, inspection, grains);

        // An inspector looked at the account: an observation (SPEC §3.3), so its silence may be judged from now on.
        await grains.Ref<IMonitoredAccount>(inspection.AccountId).RecordInspectionAsync(inspection.InspectedAt, leaveAfter: batch);
    }

    /// <summary>The answer for a sampling that does not exist or lies outside the caller's jurisdiction.</summary>
    public const string NotVisible = "抽查不存在或不在您的管辖范围内";

    private static Refusal NotFound() => Refusal.NotFound(NotVisible);

    // Default seed: a keyed hash of quarter and region, so it cannot be guessed in advance but is the same on every silo.
    // The key is the samplings' own secret: a seed must never tell anything about a token-signing key, nor the reverse.
    private static async Task<string> DerivedSeedAsync(IGrainFactory grains, string id)
    {
        var key = await grains.GetGrain<ISamplingSecretGrain>(0).GetAsync();
        return Convert.ToHexString(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes("media-sampling-seed|" + id)))[..16].ToLowerInvariant();
    }
}
