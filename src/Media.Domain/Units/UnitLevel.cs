namespace Media.Domain.Units;

/// <summary>The administrative level of a unit (主办单位).</summary>
public enum UnitLevel
{
    Province,
    City,
    County,

    /// <summary>乡镇（街道）: townships and urban sub-districts.</summary>
    Township,
}
