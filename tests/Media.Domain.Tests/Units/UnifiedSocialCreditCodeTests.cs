using Media.Domain.Units;

namespace Media.Domain.Tests.Units;

public class UnifiedSocialCreditCodeTests
{
    // Published codes of well-known institutions and companies; each passes both check characters.
    [Theory]
    [InlineData("12100000400000624D")] // 清华大学
    [InlineData("12100000400002259P")] // 北京大学
    [InlineData("12100000470095016Q")] // 浙江大学
    [InlineData("12100000425006117P")] // 复旦大学
    [InlineData("9144030071526726XG")] // 腾讯科技（深圳）有限公司, organisation check 'X'
    [InlineData("914403001922038216")] // 华为技术有限公司
    [InlineData("91330100799655058B")] // 阿里巴巴（中国）有限公司
    [InlineData("91110000802100433B")] // 百度在线网络技术（北京）有限公司
    [InlineData("91110108551385082Q")] // 小米科技有限责任公司
    [InlineData("91110000710925462X")] // 中国移动通信集团有限公司
    public void Published_codes_are_valid(string code)
    {
        Assert.Equal(UsccCheck.Valid, UnifiedSocialCreditCode.Check(code));
        Assert.Null(UnifiedSocialCreditCode.Validate(code));
    }

    [Fact]
    public void Generated_codes_with_computed_checks_are_valid()
    {
        foreach (var code in UsccGenerator.Many(seed: 20240301, count: 500))
        {
            Assert.Equal(UsccCheck.Valid, UnifiedSocialCreditCode.Check(code));
        }
    }

    [Fact]
    public void A_wrong_eighteenth_character_is_reported_as_a_wrong_check_character()
    {
        foreach (var code in UsccGenerator.Many(seed: 7, count: 100))
        {
            var wrong = code[..17] + UsccGenerator.OtherThan(code[17], UnifiedSocialCreditCode.Charset);

            Assert.Equal(UsccCheck.WrongCheckCharacter, UnifiedSocialCreditCode.Check(wrong));
            Assert.Equal("统一社会信用代码第18位校验码错误", UnifiedSocialCreditCode.Validate(wrong));
        }
    }

    [Fact]
    public void A_wrong_organisation_check_is_caught_even_when_position_eighteen_matches()
    {
        foreach (var code in UsccGenerator.Many(seed: 11, count: 100))
        {
            // Recomputing position 18 makes the GB 32100 check pass, so only GB 11714 can catch it.
            var first17 = code[..16] + UsccGenerator.OtherThan(code[16], "0123456789X");
            var wrong = first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);

            Assert.Equal(UsccCheck.WrongOrganizationCheck, UnifiedSocialCreditCode.Check(wrong));
            Assert.Equal("统一社会信用代码内嵌组织机构代码校验码错误", UnifiedSocialCreditCode.Validate(wrong));
        }
    }

    [Theory]
    [InlineData("12100000400000624")]
    [InlineData("12100000400000624DD")]
    [InlineData("1")]
    public void Codes_of_the_wrong_length_are_rejected(string code)
    {
        Assert.Equal(UsccCheck.WrongLength, UnifiedSocialCreditCode.Check(code));
        Assert.Equal("统一社会信用代码应为18位", UnifiedSocialCreditCode.Validate(code));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Missing_codes_are_reported_as_empty(string? code)
    {
        Assert.Equal(UsccCheck.Empty, UnifiedSocialCreditCode.Check(code));
        Assert.Equal("统一社会信用代码不能为空", UnifiedSocialCreditCode.Validate(code));
    }

    [Theory]
    [InlineData("9144030071526726xg")]
    [InlineData("  12100000400000624d  ")]
    public void Lower_case_and_surrounding_spaces_are_accepted_after_normalising(string code)
    {
        Assert.Equal(UsccCheck.Valid, UnifiedSocialCreditCode.Check(code));
        Assert.Equal(code.Trim().ToUpperInvariant(), UnifiedSocialCreditCode.Normalize(code));
    }

    [Theory]
    [InlineData('I')]
    [InlineData('O')]
    [InlineData('Z')]
    [InlineData('S')]
    [InlineData('V')]
    [InlineData('-')]
    public void Letters_outside_the_gb32100_alphabet_are_rejected(char forbidden)
    {
        var code = "91440300715267" + forbidden + "6XG";

        Assert.Equal(UsccCheck.InvalidCharacter, UnifiedSocialCreditCode.Check(code));
        Assert.Contains("I、O、Z、S、V", UnifiedSocialCreditCode.Validate(code), StringComparison.Ordinal);
    }

    [Fact]
    public void A_letter_in_the_region_part_is_reported_as_a_wrong_region()
    {
        Assert.Equal(UsccCheck.WrongRegion, UnifiedSocialCreditCode.Check("9144A30071526726XG"));
        Assert.Contains("第3至8位", UnifiedSocialCreditCode.Validate("9144A30071526726XG"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_region_part_is_positions_three_to_eight()
    {
        Assert.Equal("440300", UnifiedSocialCreditCode.RegionPart("9144030071526726XG"));
        Assert.Equal("100000", UnifiedSocialCreditCode.RegionPart("12100000400000624d"));
    }

    [Theory]
    [InlineData("71526726", 'X')] // sum 1 mod 11: 11 - 1 = 10 → X
    [InlineData("19220382", '1')]
    [InlineData("80210043", '3')]
    public void Organisation_check_follows_gb11714(string body, char expected) =>
        Assert.Equal(expected, UnifiedSocialCreditCode.ComputeOrganizationCheck(body));

    [Fact]
    public void An_organisation_check_of_eleven_is_written_as_zero()
    {
        // 00000000 sums to 0, so 11 - 0 = 11, which GB 11714 writes as '0'.
        Assert.Equal('0', UnifiedSocialCreditCode.ComputeOrganizationCheck("00000000"));
    }

    [Fact]
    public void A_check_character_of_thirty_one_is_written_as_zero()
    {
        // Seventeen zeros sum to 0, so 31 - 0 = 31, which wraps to '0'.
        Assert.Equal('0', UnifiedSocialCreditCode.ComputeCheckCharacter(new string('0', 17)));
    }

    [Fact]
    public void Check_computations_reject_malformed_input()
    {
        Assert.Throws<ArgumentException>(() => UnifiedSocialCreditCode.ComputeCheckCharacter("123"));
        Assert.Throws<ArgumentException>(() => UnifiedSocialCreditCode.ComputeCheckCharacter("9144030071526726I"));
        Assert.Throws<ArgumentException>(() => UnifiedSocialCreditCode.ComputeOrganizationCheck("7152672"));
        Assert.Throws<ArgumentException>(() => UnifiedSocialCreditCode.ComputeOrganizationCheck("7152672-"));
    }
}
