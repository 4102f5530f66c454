using Microsoft.Extensions.Time.Testing;

namespace Media.Silo.Tests.Infrastructure;

/// <summary>A silo that probes pages on this machine's loopback server, on a clock the test moves by days.</summary>
public static class ProbingSilo
{
    public static SiloFactory Create(FakeTimeProvider clock) => new()
    {
        Clock = clock,
        Settings =
        {
            ["Probes:AllowPrivateAddresses"] = "true",
            ["Probes:PerHostInterval"] = "00:00:00",

            // The test moves Media's clock by days; the admin's token must outlive that.
            ["Auth:TokenLifetime"] = "7.00:00:00",
        },
    };
}
