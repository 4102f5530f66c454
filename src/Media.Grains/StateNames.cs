namespace Media.Grains;

/// <summary>
/// Storage provider and state names. Each grain class has its own state name because the ADO.NET
/// provider keys rows by state name and grain id, not by grain class (Orleans issue #8746).
/// </summary>
public static class StateNames
{
    public const string Store = "media";
    public const string Account = "account";
    public const string Unit = "unit";
    public const string UnitCatalog = "unit-catalog";
    public const string RegionDirectory = "region-directory";
    public const string User = "user";
    public const string SigningKey = "signing-key";
    public const string Sweep = "sweep";
    public const string ProbeRound = "probe-round";
    public const string SiteCheckRound = "site-check-round";
    public const string UserDirectory = "user-directory";
    public const string Sampling = "sampling";
    public const string SamplingSecret = "sampling-secret";
    public const string Import = "import";
}
