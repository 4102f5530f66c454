namespace Media.Silo.Tests.Infrastructure;

/// <summary>Loopback ports nobody listens on, so silos of parallel tests never collide.</summary>
public static class FreePort
{
    public static int Next() => Media.Testing.SiloLaunch.FreePort();
}
