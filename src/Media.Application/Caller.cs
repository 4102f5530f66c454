namespace Media.Application;

/// <summary>
/// Who is calling and what they may see: an admin sees everything, a supervisor its region's subtree,
/// a unit user its own unit. Every use case asks this before it reads or writes.
/// </summary>
public sealed record Caller(string Username, string Role, string? RegionCode, string? UnitCode)
{
    public bool IsAdmin => Role == Roles.Admin;

    public bool IsSupervisor => Role == Roles.Supervisor;

    public bool IsUnit => Role == Roles.Unit;

    /// <summary>Whether the caller's jurisdiction contains the region (units have none).</summary>
    public bool CoversRegion(string? regionCode) => Role switch
    {
        Roles.Admin => true,
        Roles.Supervisor => RegionCode is not null && regionCode is not null
            && Domain.Regions.RegionCode.TryParse(RegionCode, out var own)
            && Domain.Regions.RegionCode.TryParse(regionCode, out var other)
            && own.Contains(other),
        _ => false,
    };

    /// <summary>Whether the caller may see and file for a unit in a region.</summary>
    public bool CoversUnit(string unitCode, string unitRegion) =>
        IsUnit ? string.Equals(UnitCode, unitCode, StringComparison.Ordinal) : CoversRegion(unitRegion);

    /// <summary>The region a listing is confined to: null for the whole country (admins).</summary>
    public string? Scope => IsAdmin ? null : RegionCode;
}
