using System.Globalization;
using Media.Domain.Time;

namespace Media.Silo.Probing;

/// <summary>Probe round slots are named after their scheduled Beijing minute.</summary>
public static class ProbeSlots
{
    public static string For(DateTimeOffset scheduledAt) =>
        "probe/" + BeijingTime.ToBeijing(scheduledAt).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
}
