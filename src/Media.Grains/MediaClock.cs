namespace Media.Grains;

/// <summary>
/// Media's rules read time from the <see cref="TimeProvider"/> registered under this key, not from the
/// unkeyed one that Orleans' own timers use, so tests can set Media's clock without stopping Orleans'.
/// </summary>
public static class MediaClock
{
    public const string Key = "media";
}
