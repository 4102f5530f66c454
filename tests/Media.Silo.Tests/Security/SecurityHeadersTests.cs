using Media.Silo.Tests.Infrastructure;

namespace Media.Silo.Tests.Security;

/// <summary>Signed-in pages and API answers carry the headers against framing, sniffing and foreign scripts.</summary>
public sealed class SecurityHeadersTests(SharedSilo shared) : IClassFixture<SharedSilo>
{
    [Theory]
    [InlineData("/login")]
    [InlineData("/accounts")]
    [InlineData("/api/accounts")]
    [InlineData("/healthz")]
    public async Task Every_answer_forbids_framing_and_sniffing_and_limits_scripts_to_Medias_own(string path)
    {
        using var admin = await shared.Silo.AdminAsync();

        var response = await admin.Http.GetAsync(path);

        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
    }
}
