using System.Globalization;
using Media.Domain.Time;

namespace Media.Silo.Probing;

/// <summary>Probe round slots are named after their scheduled Beijing minute.</summary>
public static class ProbeSlots
{
    public static string For(DateTimeOffset scheduledAt) => Named("probe", scheduledAt);

    /// <summary>e.g. <c>probe/2026-11-26T10:10</c>: every silo that fires for this time names it the same.</summary>
    internal static string Named(string kind, DateTimeOffset scheduledAt) =>
        kind + "/" + BeijingTime.ToBeijing(scheduledAt).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
}
