using Media.Domain.Units;

namespace Media.Silo.Tests.Infrastructure;

/// <summary>Valid unified social credit codes made with the real check algorithm, unique per call.</summary>
public static class TestCodes
{
    private const string Charset = UnifiedSocialCreditCode.Charset;
    private static int _next;

    /// <summary>A government-organ code (11) registered in <paramref name="region"/>.</summary>
    public static string Uscc(string region = "440100")
    {
        var n = Interlocked.Increment(ref _next) + Random.Shared.Next(0, 1_000_000) * 1000;
        var body = n.ToString("D8", System.Globalization.CultureInfo.InvariantCulture)[^8..];
        var org = body + UnifiedSocialCreditCode.ComputeOrganizationCheck(body);
        var first17 = "11" + region + org;
        return first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);
    }

    /// <summary>A handle nobody else in this test run uses.</summary>
    public static string Handle(string prefix = "h") => $"{prefix}{Guid.NewGuid():N}"[..24];

    /// <summary>The check character alphabet, for tests that mutate codes.</summary>
    public static string Alphabet => Charset;
}
