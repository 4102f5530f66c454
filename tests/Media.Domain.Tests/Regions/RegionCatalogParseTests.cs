using System.Text;
using Media.Domain.Regions;

namespace Media.Domain.Tests.Regions;

public class RegionCatalogParseTests
{
    private static RegionCatalog Parse(string json) => RegionCatalog.Parse(new MemoryStream(Encoding.UTF8.GetBytes(json)));

    private static RegionCode Code(string value) => RegionCode.Parse(value);

    [Fact]
    public void Children_are_listed_in_code_order()
    {
        var catalog = Parse("""{"regions": {"440000": "广东省", "440300": "深圳市", "440100": "广州市", "440104": "越秀区", "440103": "荔湾区"}}""");

        Assert.Equal(5, catalog.Count);
        Assert.Equal([Code("440100"), Code("440300")], catalog.ChildrenOf(Code("440000")));
        Assert.Equal([Code("440103"), Code("440104")], catalog.ChildrenOf(Code("440100")));
        Assert.Empty(catalog.ChildrenOf(Code("440104")));
    }

    [Fact]
    public void A_county_without_a_city_entry_hangs_under_its_province()
    {
        var catalog = Parse("""{"regions": {"410000": "河南省", "419001": "济源市"}}""");

        Assert.Equal([Code("419001")], catalog.ChildrenOf(Code("410000")));
        Assert.Equal("河南省济源市", catalog.FullNameOf(Code("419001")));
    }

    [Fact]
    public void The_municipal_placeholder_is_left_out_of_full_names()
    {
        var catalog = Parse("""{"regions": {"110000": "北京市", "110100": "市辖区", "110101": "东城区"}}""");

        Assert.Equal("北京市东城区", catalog.FullNameOf(Code("110101")));
    }

    [Fact]
    public void Other_top_level_properties_and_comments_are_ignored()
    {
        var catalog = Parse("""
            // operators may annotate the file
            {"source": "GB/T 2260", "regions": {"440000": "广东省"}}
            """);

        Assert.Equal("广东省", catalog.NameOf(Code("440000")));
    }

    [Theory]
    [InlineData("""{"regions": {"44000": "广东省"}}""")]
    [InlineData("""{"regions": {"440000": ""}}""")]
    [InlineData("""{"regions": {"440000": 1}}""")]
    [InlineData("""{"regions": {"440000": "广东省", "440000": "广东"}}""")]
    [InlineData("""{"440000": "广东省"}""")]
    [InlineData("""["440000"]""")]
    [InlineData("""{"regions": {""")]
    public void Malformed_catalogs_are_rejected_with_a_reason(string json)
    {
        var error = Assert.Throws<InvalidDataException>(() => Parse(json));
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }
}
