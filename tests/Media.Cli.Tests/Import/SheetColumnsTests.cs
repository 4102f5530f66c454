using Media.SurveySheets;
using Media.Cli.Import;

namespace Media.Cli.Tests.Import;

public sealed class SheetColumnsTests
{
    [Theory]
    [InlineData("负责人电话(responsible.phone)")]
    [InlineData("负责人电话（responsible.phone）")]
    [InlineData("电话(responsible.phone)")]
    [InlineData("Responsible.Phone")]
    [InlineData("负责人电话")]
    [InlineData(" 负责人电话 ")]
    [InlineData("\uFEFF负责人电话(responsible.phone)")]
    public void A_header_is_recognised_by_its_id_or_its_chinese_title(string header) =>
        Assert.Equal("responsible.phone", SheetColumns.Match(header)?.Id);

    [Theory]
    [InlineData("电话")]
    [InlineData("备注(remark)")]
    [InlineData("")]
    public void Other_headers_are_not_columns(string header) => Assert.Null(SheetColumns.Match(header));

    [Fact]
    public void Every_column_has_a_distinct_id_and_title()
    {
        Assert.Equal(SheetColumns.All.Count, SheetColumns.All.Select(c => c.Id).Distinct().Count());
        Assert.Equal(SheetColumns.All.Count, SheetColumns.All.Select(c => c.Title).Distinct().Count());
    }
}
