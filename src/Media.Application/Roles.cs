namespace Media.Application;

/// <summary>The three roles of SPEC §1.</summary>
public static class Roles
{
    public const string Admin = "admin";
    public const string Supervisor = "supervisor";
    public const string Unit = "unit";

    public static bool IsKnown(string? role) => role is Admin or Supervisor or Unit;
}
