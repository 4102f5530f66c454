namespace Media.Domain.Alerts;

/// <summary>
/// What a user wants mailed: an immediate mail for each veto, and a daily digest of everything in the
/// office's care. Defaults (SPEC §3.2, alerts issue): supervisors both, units immediate only.
/// </summary>
public readonly record struct AlertPreferences(bool Immediate, bool Digest)
{
    public static AlertPreferences DefaultFor(string role) => role switch
    {
        "supervisor" => new AlertPreferences(true, true),
        "unit" => new AlertPreferences(true, false),
        _ => new AlertPreferences(false, false),
    };
}
