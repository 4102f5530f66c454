using Media.Domain.Regions;

namespace Media.Domain.Tests.Regions;

public class RegionCodeTests
{
    private static RegionCode Code(string value) => RegionCode.Parse(value);

    [Theory]
    [InlineData("110000", RegionLevel.Province)]
    [InlineData("440000", RegionLevel.Province)]
    [InlineData("820000", RegionLevel.Province)]
    [InlineData("440100", RegionLevel.City)]
    [InlineData("110100", RegionLevel.City)] // 北京市市辖区: municipalities follow the same digit rules
    [InlineData("440103", RegionLevel.County)]
    [InlineData("419001", RegionLevel.County)] // 济源市, a county-level city directly under 河南省
    public void Valid_codes_parse_and_report_their_level(string text, RegionLevel level)
    {
        Assert.True(RegionCode.TryParse(text, out var code));
        Assert.Equal(text, code.Value);
        Assert.Equal(text, code.ToString());
        Assert.Equal(level, code.Level);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("44010")]
    [InlineData("4401030")]
    [InlineData("44010a")]
    [InlineData(" 440103")]
    [InlineData("４４０１０３")] // full-width digits
    [InlineData("000000")]
    [InlineData("001000")]
    [InlineData("100000")] // 10 is the national code used in credit codes, not a province
    [InlineData("830000")]
    [InlineData("440001")] // a county part without a city part does not exist in GB/T 2260
    public void Malformed_codes_are_rejected(string? text)
    {
        Assert.False(RegionCode.TryParse(text, out _));
        if (text is not null)
        {
            Assert.Throws<FormatException>(() => RegionCode.Parse(text));
        }
    }

    [Theory]
    [InlineData("440103", "440000", "440100")]
    [InlineData("440100", "440000", "440100")]
    [InlineData("440000", "440000", "440000")]
    [InlineData("110101", "110000", "110100")]
    public void Province_and_city_come_from_the_digits(string text, string province, string city)
    {
        var code = Code(text);

        Assert.Equal(Code(province), code.Province);
        Assert.Equal(Code(city), code.City);
    }

    [Fact]
    public void Parents_go_up_one_level_at_a_time()
    {
        Assert.Equal(Code("440100"), Code("440103").Parent);
        Assert.Equal(Code("440000"), Code("440100").Parent);
        Assert.Null(Code("440000").Parent);
    }

    [Fact]
    public void A_district_lies_in_its_city_and_province_but_not_in_another_city()
    {
        var yuexiu = Code("440104");
        var guangzhou = Code("440100");
        var guangdong = Code("440000");
        var shenzhen = Code("440300");

        Assert.True(guangzhou.Contains(yuexiu));
        Assert.True(guangdong.Contains(guangzhou));
        Assert.True(guangdong.Contains(yuexiu));
        Assert.False(shenzhen.Contains(yuexiu));
        Assert.False(Code("360000").Contains(yuexiu));
    }

    [Fact]
    public void Containment_never_goes_upwards_or_sideways()
    {
        Assert.False(Code("440103").Contains(Code("440100")));
        Assert.False(Code("440100").Contains(Code("440000")));
        Assert.False(Code("440103").Contains(Code("440104")));
    }

    [Theory]
    [InlineData("440000")]
    [InlineData("440100")]
    [InlineData("440103")]
    public void Every_code_contains_itself(string text) => Assert.True(Code(text).Contains(Code(text)));

    [Fact]
    public void Municipalities_nest_by_the_same_digit_rules()
    {
        Assert.True(Code("110000").Contains(Code("110101")));
        Assert.True(Code("110100").Contains(Code("110101")));
        Assert.False(Code("120000").Contains(Code("110101")));
    }

    [Fact]
    public void Codes_with_the_same_digits_are_equal() =>
        Assert.Equal(Code("440103"), RegionCode.Parse(string.Concat("4401", "03")));
}
