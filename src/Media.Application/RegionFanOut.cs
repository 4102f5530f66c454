using Media.Abstractions;
using Media.Abstractions.Index;
using Media.Domain.Regions;
using Media.Domain.Validation;

namespace Media.Application;

/// <summary>
/// Listings read the region indexes inside the caller's jurisdiction, never the account grains: this
/// finds those indexes and asks them in bounded parallel batches.
/// </summary>
public static class RegionFanOut
{
    private const int FanOut = 64;

    /// <summary>The refusal of a region filter outside the caller's jurisdiction.</summary>
    public static readonly Refusal OutsideJurisdiction = Refusal.Forbidden("该行政区划不在您的管辖范围内");

    /// <summary>Parses the optional <c>region</c> filter; a supervisor may only name a region it covers.</summary>
    public static (string? Scope, Refusal? Forbidden) Scope(Caller caller, string? region, FieldErrors errors)
    {
        if (region is null)
        {
            return (caller.Scope, null);
        }

        if (!RegionCode.TryParse(region, out var code))
        {
            errors.Add("region", "行政区划代码须为6位数字");
            return (null, null);
        }

        if (caller.IsSupervisor && !caller.CoversRegion(code.Value))
        {
            return (null, OutsideJurisdiction);
        }

        // A unit user's listing is narrowed to its own unit by the query itself.
        return (code.Value, null);
    }

    /// <summary>Asks every region index inside <paramref name="scope"/> (all when null).</summary>
    public static async Task<List<T>> AskAsync<T>(IGrainFactory grains, string? scope, Func<IRegionIndexGrain, Task<T>> ask)
    {
        var indexed = await grains.GetGrain<IRegionDirectoryGrain>(0).ListWithinAsync(scope);
        return await AskAsync(grains, indexed, ask);
    }

    /// <summary>Asks the region indexes of <paramref name="codes"/>, answers in the same order.</summary>
    public static async Task<List<T>> AskAsync<T>(IGrainFactory grains, IReadOnlyCollection<string> codes, Func<IRegionIndexGrain, Task<T>> ask)
    {
        var answers = new List<T>(codes.Count);
        foreach (var chunk in codes.Chunk(FanOut))
        {
            answers.AddRange(await Task.WhenAll(chunk.Select(code => ask(grains.Ref<IRegionIndexGrain>(code)))));
        }

        return answers;
    }

    /// <summary>
    /// One page of index lines in account-id order. A near page: each index inside <paramref name="scope"/> returns its count
    /// and its first page·size matching lines, and merging those gives the exact page. A deeper one is selected in two
    /// rounds that move a bounded number of lines whatever the page (<see cref="PageSelection"/>).
    /// </summary>
    public static async Task<(List<IndexEntry> Items, int Total)> PageAsync(IGrainFactory grains, string? scope, IndexQuery query,
        int pageNumber, int size)
    {
        if (pageNumber >= PageSelection.FromPage)
        {
            return await PageSelection.SelectAsync(grains, scope, query, checked((pageNumber - 1) * size), size);
        }

        var sized = query with { Take = checked(pageNumber * size) };
        var pages = await AskAsync(grains, scope, index => index.QueryAsync(sized));
        return (Merged(pages.Select(p => p.Items).ToList(), (pageNumber - 1) * size, size), pages.Sum(p => p.Total));
    }

    /// <summary>
    /// Lists each in id order merged, lines <paramref name="skip"/> to skip + size of the merge. The merge stops at the end of
    /// the asked page, so it costs the offset in steps of a small heap, never a sort of every line the regions sent.
    /// </summary>
    internal static List<IndexEntry> Merged(List<IReadOnlyList<IndexEntry>> pages, int skip, int size)
    {
        var heads = new PriorityQueue<(int Page, int At), string>(pages.Count, StringComparer.Ordinal);
        for (var p = 0; p < pages.Count; p++)
        {
            if (pages[p].Count > 0)
            {
                heads.Enqueue((p, 0), pages[p][0].AccountId);
            }
        }

        var items = new List<IndexEntry>(size);
        for (var taken = 0; taken < skip + size && heads.TryDequeue(out var head, out _); taken++)
        {
            var lines = pages[head.Page];
            if (taken >= skip)
            {
                items.Add(lines[head.At]);
            }

            if (head.At + 1 < lines.Count)
            {
                heads.Enqueue((head.Page, head.At + 1), lines[head.At + 1].AccountId);
            }
        }

        return items;
    }

    /// <summary>A list's search text <c>q</c>: trimmed, null when blank; longer than 100 characters is a field error.</summary>
    public static string? SearchText(string? q, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (q is not null && q.Length > 100)
        {
            errors.Add("q", "搜索词不得超过100个字符");
        }

        return string.IsNullOrWhiteSpace(q) ? null : q.Trim();
    }

    /// <summary>Parses a bounded integer query parameter.</summary>
    public static int ParseInt(string? text, int fallback, int min, int max, string field, FieldErrors errors)
    {
        if (text is null)
        {
            return fallback;
        }

        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value)
            && value >= min && value <= max)
        {
            return value;
        }

        errors.Add(field, $"须为 {min} 至 {max} 之间的整数");
        return fallback;
    }
}
