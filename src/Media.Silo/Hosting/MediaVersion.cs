using System.Reflection;

namespace Media.Silo.Hosting;

/// <summary>The version an operator quotes when reporting a problem: the silo assembly's informational version.</summary>
public static class MediaVersion
{
    /// <summary>E.g. <c>1.0.0+59f2987…</c>: the SDK appends the commit when the build knows it.</summary>
    public static string Current { get; } =
        typeof(MediaVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(MediaVersion).Assembly.GetName().Version?.ToString()
        ?? "unknown";
}
