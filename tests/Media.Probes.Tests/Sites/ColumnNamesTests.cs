using Media.Domain.Websites;
using Media.Probes.Sites;

namespace Media.Probes.Tests.Sites;

/// <summary>A discovered column's category is guessed from its name (SPEC §3.6's categories).</summary>
public class ColumnNamesTests
{
    [Theory]
    [InlineData("政务要闻", ColumnCategories.News)]
    [InlineData("部门动态", ColumnCategories.News)]
    [InlineData("新闻中心", ColumnCategories.News)]
    [InlineData("通知公告", ColumnCategories.Notice)]
    [InlineData("公告公示", ColumnCategories.Notice)]
    [InlineData("政策解读", ColumnCategories.Notice)]
    [InlineData("政府文件", ColumnCategories.Notice)]
    [InlineData("人事信息", ColumnCategories.Plan)]
    [InlineData("发展规划", ColumnCategories.Plan)]
    [InlineData("工作计划", ColumnCategories.Plan)]
    [InlineData("在线咨询", ColumnCategories.Interaction)]
    [InlineData("县长信箱", ColumnCategories.Interaction)]
    [InlineData("互动交流", ColumnCategories.Interaction)]
    [InlineData("网民留言", ColumnCategories.Interaction)]
    [InlineData("走进万载", ColumnCategories.Other)]
    [InlineData("", ColumnCategories.Other)]
    public void A_name_suggests_its_category(string name, string category)
    {
        Assert.Equal(category, ColumnNames.GuessCategory(name));
    }

    [Fact]
    public void A_name_with_words_of_two_categories_takes_the_one_with_the_shorter_period()
    {
        Assert.Equal(ColumnCategories.News, ColumnNames.GuessCategory("政策动态"));
    }
}
