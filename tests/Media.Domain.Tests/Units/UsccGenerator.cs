using System.Globalization;
using Media.Domain.Units;

namespace Media.Domain.Tests.Units;

/// <summary>Deterministic valid codes: random authority, type, region and body, with computed checks.</summary>
internal static class UsccGenerator
{
    public static IEnumerable<string> Many(int seed, int count)
    {
        var random = new Random(seed);
        const string alphabet = UnifiedSocialCreditCode.Charset;
        for (var i = 0; i < count; i++)
        {
            var head = string.Concat(alphabet[random.Next(alphabet.Length)], alphabet[random.Next(alphabet.Length)]);
            var region = random.Next(110000, 830000).ToString("D6", CultureInfo.InvariantCulture);
            var body = new string([.. Enumerable.Range(0, 8).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            var first17 = head + region + body + UnifiedSocialCreditCode.ComputeOrganizationCheck(body);
            yield return first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);
        }
    }

    public static char OtherThan(char current, string choices) =>
        choices[(choices.IndexOf(current, StringComparison.Ordinal) + 1) % choices.Length];
}
