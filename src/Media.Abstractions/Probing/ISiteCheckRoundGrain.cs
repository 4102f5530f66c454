namespace Media.Abstractions.Probing;

/// <summary>
/// One slot of availability checks of the websites (e.g. <c>site-check/2026-11-26T10:30</c>): whichever silo claims it
/// first gets the websites to check, every later claim gets none, so a slot runs once per cluster.
/// </summary>
public interface ISiteCheckRoundGrain : IGrainWithStringKey
{
    /// <summary>The ids of the running websites with a home page to check, the first time; empty after that.</summary>
    Task<IReadOnlyList<string>> ClaimAsync(DateTimeOffset at);
}
