using Media.Abstractions.Sampling;
using Media.Abstractions.Storage;
using Media.Domain.Validation;

namespace Media.Application.Samplings;

/// <summary>Body of <c>POST /api/samplings/{id}/inspections/batch</c>: up to <see cref="InspectionBatch.MaxItems"/> inspections.</summary>
public sealed record InspectionBatchRequest(IReadOnlyList<InspectionRequest?>? Items);

/// <summary>
/// Many inspections recorded at once (an inspection team's results entered from its own sheet). A province's sample at
/// the 30% minimum ratio is hundreds of thousands of accounts: one request per inspection is a round trip and a commit each,
/// a batch is one of each. Each inspection is checked as a single one is,
/// and gets the same audit row, violations and observation; one invalid item refuses the batch, nothing recorded.
/// </summary>
public static class InspectionBatch
{
    public const int MaxItems = 1_000;

    /// <summary>The batch as recorded, and the sampling's progress with it.</summary>
    public sealed record Recorded(InspectionsKept Progress, IReadOnlyList<InspectionRecord> Inspections);

    public static async Task<Outcome<Recorded>> InspectAsync(Caller caller, string id, InspectionBatchRequest body, IGrainFactory grains,
        IAuditLog audit, TimeProvider clock, DeductionSheetFile sheet)
    {
        if (await SamplingFlow.VisibleDrawAsync(caller, id, grains) is not { } sampling)
        {
            return Refusal.NotFound(SamplingFlow.NotVisible);
        }

        var errors = new FieldErrors();
        if (body.Items is not { Count: > 0 and <= MaxItems } items)
        {
            errors.Add("items", $"应为1至{MaxItems}条检查结果");
            return Refusal.Invalid(errors);
        }

        // One pass over the sample for the whole batch (a scan per item would cost the whole sample each), keeping only the
        // batch's members: a table of the whole 300,000-account sample per batch was most of the inspections' garbage.
        var named = items.Select(item => item?.AccountId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var members = sampling.ToInspect.Where(a => named.Contains(a.AccountId)).DistinctBy(a => a.AccountId)
            .ToDictionary(a => a.AccountId, StringComparer.Ordinal);
        var records = new List<InspectionRecord>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not { } item)
            {
                errors.Add($"items[{i}]", "不能为空");
                continue;
            }

            var own = new FieldErrors();
            if (SamplingFlow.Record(caller, item, members.GetValueOrDefault(item.AccountId ?? string.Empty), own, clock, sheet) is { } record)
            {
                records.Add(record);
            }

            foreach (var (field, messages) in own.ToDictionary())
            {
                foreach (var message in messages)
                {
                    errors.Add($"items[{i}].{field}", message);
                }
            }
        }

        if (!errors.IsEmpty)
        {
            return Refusal.Invalid(errors);
        }

        var kept = await grains.GetGrain<ISamplingGrain>(sampling.Id).InspectManyAsync([.. records]);
        if (kept is null)
        {
            return Refusal.NotFound(SamplingFlow.NotInSample);
        }

        var replaced = kept.Replaced.ToDictionary(i => i.AccountId, StringComparer.Ordinal);

        // Accounts side by side, so their audit rows and account writes share the store's transactions (one by one, a
        // batch of 1,000 took 5 s); an account named twice keeps its order, each audit row holding the one it replaced.
        await Parallel.ForEachAsync(records.GroupBy(r => r.AccountId, StringComparer.Ordinal), new ParallelOptions { MaxDegreeOfParallelism = 32 },
            async (account, _) =>
            {
                var before = replaced.GetValueOrDefault(account.Key);
                foreach (var record in account)
                {
                    await SamplingFlow.RecordedAsync(sampling, before, record, grains, audit, batch: true);
                    before = record;
                }
            });

        return new Recorded(kept, records);
    }
}
