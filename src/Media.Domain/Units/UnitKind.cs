namespace Media.Domain.Units;

/// <summary>Whether a unit is a people's government itself or one of its departments.</summary>
public enum UnitKind
{
    Government,
    Department,
}
