namespace Media.Domain.Regions;

/// <summary>The level a GB/T 2260 code denotes, read from its digits alone.</summary>
public enum RegionLevel
{
    /// <summary><c>PP0000</c>.</summary>
    Province,

    /// <summary><c>PPCC00</c>: a prefecture-level city, or a municipality's 市辖区 group.</summary>
    City,

    /// <summary><c>PPCCXX</c>: a district, county or county-level city.</summary>
    County,
}
