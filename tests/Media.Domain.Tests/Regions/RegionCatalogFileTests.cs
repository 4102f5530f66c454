using Media.Domain.Regions;

namespace Media.Domain.Tests.Regions;

/// <summary>Checks the shipped <c>silo-config/regions/regions.json</c>, the file operators edit.</summary>
public class RegionCatalogFileTests
{
    private static readonly RegionCatalog Catalog =
        RegionCatalog.Load(RepositoryRoot.File("silo-config", "regions", "regions.json"));

    private static RegionCode Code(string value) => RegionCode.Parse(value);

    [Fact]
    public void All_thirty_one_provincial_divisions_are_present()
    {
        Assert.Equal(31, Catalog.Provinces.Count);
        Assert.Equal("北京市", Catalog.NameOf(Code("110000")));
        Assert.Equal("新疆维吾尔自治区", Catalog.NameOf(Code("650000")));
    }

    [Fact]
    public void Guangdong_has_twenty_one_prefecture_level_cities()
    {
        var cities = Catalog.ChildrenOf(Code("440000"));

        Assert.Equal(21, cities.Count);
        Assert.All(cities, city => Assert.Equal(RegionLevel.City, city.Level));
        Assert.Contains(Code("441900"), cities); // 东莞
        Assert.Contains(Code("442000"), cities); // 中山
    }

    [Fact]
    public void Guangdong_has_all_122_county_level_divisions()
    {
        var counties = Catalog.ChildrenOf(Code("440000")).SelectMany(Catalog.ChildrenOf).ToList();

        Assert.Equal(122, counties.Count);
        Assert.Empty(Catalog.ChildrenOf(Code("441900"))); // 东莞 and 中山 have no county level
        Assert.Empty(Catalog.ChildrenOf(Code("442000")));
    }

    [Fact]
    public void Every_county_hangs_under_a_city_that_exists()
    {
        // Walking provinces → cities → counties must reach every entry; an orphan county would sit
        // directly under its province and fail the level check.
        var reached = 0;
        foreach (var province in Catalog.Provinces)
        {
            reached++;
            foreach (var city in Catalog.ChildrenOf(province))
            {
                Assert.Equal(RegionLevel.City, city.Level);
                reached++;
                foreach (var county in Catalog.ChildrenOf(city))
                {
                    Assert.Equal(RegionLevel.County, county.Level);
                    Assert.Empty(Catalog.ChildrenOf(county));
                    reached++;
                }
            }
        }

        Assert.Equal(Catalog.Count, reached);
    }

    [Theory]
    [InlineData("440103", "荔湾区")]
    [InlineData("440104", "越秀区")]
    [InlineData("440118", "增城区")]
    [InlineData("440303", "罗湖区")]
    [InlineData("440311", "光明区")]
    [InlineData("441502", "城区")]
    [InlineData("360922", "万载县")]
    public void Names_are_looked_up_by_code(string code, string name) =>
        Assert.Equal(name, Catalog.NameOf(Code(code)));

    [Theory]
    [InlineData("440104", "广东省广州市越秀区")]
    [InlineData("440309", "广东省深圳市龙华区")]
    [InlineData("441900", "广东省东莞市")]
    [InlineData("440000", "广东省")]
    [InlineData("360922", "江西省宜春市万载县")]
    public void Full_names_join_province_city_and_own_name(string code, string fullName) =>
        Assert.Equal(fullName, Catalog.FullNameOf(Code(code)));

    [Fact]
    public void Unknown_codes_fall_back_to_the_code()
    {
        Assert.False(Catalog.IsKnown(Code("440199")));
        Assert.Null(Catalog.NameOf(Code("440199")));
        Assert.Equal("440199", Catalog.FullNameOf(Code("440199")));
    }
}
