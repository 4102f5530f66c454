namespace Media.Domain.Units;

/// <summary>
/// Stable lower-case ids (used in the API, storage and imports) and Chinese display names for
/// <see cref="UnitLevel"/> and <see cref="UnitKind"/>. Ids are matched exactly, like every other id.
/// </summary>
public static class UnitLevels
{
    public static bool TryParse(string? s, out UnitLevel level)
    {
        (var found, level) = s switch
        {
            "province" => (true, UnitLevel.Province),
            "city" => (true, UnitLevel.City),
            "county" => (true, UnitLevel.County),
            "township" => (true, UnitLevel.Township),
            _ => (false, default),
        };
        return found;
    }

    public static bool TryParse(string? s, out UnitKind kind)
    {
        (var found, kind) = s switch
        {
            "government" => (true, UnitKind.Government),
            "department" => (true, UnitKind.Department),
            _ => (false, default),
        };
        return found;
    }

    public static string ToId(UnitLevel level) => level switch
    {
        UnitLevel.Province => "province",
        UnitLevel.City => "city",
        UnitLevel.County => "county",
        UnitLevel.Township => "township",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    public static string ToId(UnitKind kind) => kind switch
    {
        UnitKind.Government => "government",
        UnitKind.Department => "department",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string DisplayName(UnitLevel level) => level switch
    {
        UnitLevel.Province => "省级",
        UnitLevel.City => "市级",
        UnitLevel.County => "县级",
        UnitLevel.Township => "乡镇（街道）",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    public static string DisplayName(UnitKind kind) => kind switch
    {
        UnitKind.Government => "人民政府",
        UnitKind.Department => "政府部门",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
