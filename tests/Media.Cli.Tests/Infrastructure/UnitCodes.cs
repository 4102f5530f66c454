using System.Globalization;
using Media.Domain.Units;

namespace Media.Cli.Tests.Infrastructure;

/// <summary>Valid unified social credit codes of government organs (11…), made with the real check algorithm.</summary>
public static class UnitCodes
{
    private static int _next;

    public static string Next(string region = "440104")
    {
        var n = Interlocked.Increment(ref _next) + Random.Shared.Next(0, 100_000) * 1000;
        var body = n.ToString("D8", CultureInfo.InvariantCulture)[^8..];
        var first17 = "11" + region + body + UnifiedSocialCreditCode.ComputeOrganizationCheck(body);
        return first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);
    }
}
