using Media.Domain.Regions;

namespace Media.Silo.Web;

/// <summary>
/// The general offices an approval may come from, named as a unit reads them on its approval letter (广东省人民政府办公厅,
/// 广州市人民政府办公室); the filing keeps the office's region code (SPEC §3.1).
/// </summary>
public static class ApprovalOffices
{
    /// <summary>Every office of the region catalog: each province, then its cities, each followed by its counties.</summary>
    public static IReadOnlyList<(string Code, string Name)> All(RegionCatalog regions)
    {
        var offices = new List<(string, string)>();
        void Add(RegionCode code)
        {
            offices.Add((code.Value, NameOf(regions, code.Value)));
            foreach (var child in regions.ChildrenOf(code))
            {
                Add(child);
            }
        }

        foreach (var province in regions.Provinces)
        {
            Add(province);
        }

        return offices;
    }

    /// <summary>The office's name; the code as given when the catalog does not know it.</summary>
    public static string NameOf(RegionCatalog regions, string code)
    {
        if (!RegionCode.TryParse(code, out var region) || regions.NameOf(region) is not { } name)
        {
            return code;
        }

        return name + (region.Level == RegionLevel.Province ? "人民政府办公厅" : "人民政府办公室");
    }
}
