using Media.Abstractions.Monitoring;
using Media.Application.Exports;

namespace Media.Silo.Web;

/// <summary>The Chinese names of violation states, as the pages show them (the same names the exports write).</summary>
public static class ViolationNames
{
    public static readonly (ViolationStatus Value, string Name)[] Statuses = StatusNames.Violations;

    public static string Of(ViolationStatus status) => StatusNames.Of(status);

    /// <summary>The status as the API spells it (a query value).</summary>
    public static string Value(ViolationStatus status) => status.ToString().ToLowerInvariant();
}
