namespace Media.Domain.Sampling;

/// <summary>An account that may be sampled: its platform (the stratum) and the sub-region it belongs to.</summary>
public sealed record SampleCandidate(string AccountId, string Platform, string SubRegion);

/// <summary>One platform's share of a sample.</summary>
public sealed record Stratum(string Platform, int Population, int Sampled);

/// <summary>What a draw produced: the sample in draw order and its strata.</summary>
public sealed record SampleDraw(int Population, int Size, IReadOnlyList<Stratum> Strata, IReadOnlyList<string> Accounts);
