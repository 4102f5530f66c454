namespace Media.Domain.Websites;

/// <summary>
/// One line of the website deduction sheet (扣分指标). <paramref name="Points"/> are deducted each time the problem is
/// found, at most <paramref name="Max"/> for the line when given. <paramref name="Confirmed"/> is false when the points
/// could not be checked against the published sheet: reports show such lines as unconfirmed.
/// </summary>
/// <param name="Id">Stable id, e.g. <c>site-identifiers</c> (the same id as the machine rule that pre-finds it).</param>
/// <param name="Group">The sheet's first-level indicator, e.g. 网站可用性.</param>
/// <param name="Name">The Chinese name of the line, e.g. 网站标识.</param>
/// <param name="Points">Points deducted per occurrence, positive.</param>
/// <param name="Max">The most the line deducts in one inspection; null: no cap of its own.</param>
/// <param name="Source">Where the line and its points come from.</param>
/// <param name="Confirmed">Whether the points are confirmed from a published source.</param>
public sealed record DeductionItem(string Id, string Group, string Name, decimal Points, decimal? Max, string Source, bool Confirmed);
