using System.Text.Json;

namespace Media.Domain.Websites;

// PLACEHOLDER (issue 19, sampling helper): the minimal shape of the deduction sheet and its scoring that the website
// inspection codes against, so this branch compiles. The real DeductionSheet and WebsiteScore are written by another
// helper; drop this file at merge in favour of theirs.

/// <summary>One item of the 100-point sheet.</summary>
public sealed record DeductionItem(string Id, string Name, decimal Points, string Source, bool Confirmed);

/// <summary>The deduction sheet of <c>silo-config/websites/deductions.json</c>.</summary>
public sealed class DeductionSheet(IReadOnlyList<DeductionItem> items)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public IReadOnlyList<DeductionItem> Items { get; } = items;

    public static DeductionSheet Load(string path)
    {
        using var stream = File.OpenRead(path);
        var file = JsonSerializer.Deserialize<SheetFile>(stream, Json)
            ?? throw new InvalidDataException(path);
        return new DeductionSheet(file.Items);
    }

    private sealed record SheetFile(IReadOnlyList<DeductionItem> Items);
}

/// <summary>One applied line of a score.</summary>
public sealed record ScoreLine(string Item, int Times, decimal Points);

/// <summary>A website's score: the total, whether it passes, and the lines.</summary>
public sealed record WebsiteScoreResult(decimal Total, bool Passed, IReadOnlyList<ScoreLine> Lines);

/// <summary>Any confirmed veto fails; otherwise 100 − deductions, below 60 fails.</summary>
public static class WebsiteScore
{
    public static WebsiteScoreResult Score(IReadOnlyList<string> confirmedVetoes, IReadOnlyList<(string Item, int Times)> deductions,
        DeductionSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(confirmedVetoes);
        ArgumentNullException.ThrowIfNull(deductions);
        ArgumentNullException.ThrowIfNull(sheet);
        var lines = deductions.Select(d => new ScoreLine(d.Item, d.Times, sheet.Items.First(i => i.Id == d.Item).Points * d.Times)).ToList();
        var total = 100 - lines.Sum(l => l.Points);
        return new WebsiteScoreResult(total, confirmedVetoes.Count == 0 && total >= 60, lines);
    }
}
