namespace Media.Probes;

/// <summary>The wire ids of <see cref="ProbeStatus"/> (SPEC §5.2): <c>ok|blocked|expired|not-found|error</c>.</summary>
public static class ProbeStatuses
{
    public const string Ok = "ok";
    public const string Blocked = "blocked";
    public const string Expired = "expired";
    public const string NotFound = "not-found";
    public const string Error = "error";

    public static IReadOnlyList<string> All { get; } = [Ok, Blocked, Expired, NotFound, Error];

    public static string ToId(ProbeStatus status) => status switch
    {
        ProbeStatus.Ok => Ok,
        ProbeStatus.Blocked => Blocked,
        ProbeStatus.Expired => Expired,
        ProbeStatus.NotFound => NotFound,
        ProbeStatus.Error => Error,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown probe status."),
    };

    /// <summary>Parses a wire id; ids are matched exactly, so each status has one spelling only.</summary>
    public static bool TryParse(string? id, out ProbeStatus status)
    {
        (var known, status) = id switch
        {
            Ok => (true, ProbeStatus.Ok),
            Blocked => (true, ProbeStatus.Blocked),
            Expired => (true, ProbeStatus.Expired),
            NotFound => (true, ProbeStatus.NotFound),
            Error => (true, ProbeStatus.Error),
            _ => (false, ProbeStatus.Error),
        };
        return known;
    }
}
