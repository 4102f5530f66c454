using Media.SurveySheets;
using Media.Cli.Import;

namespace Media.Cli.Tests.Import;

public sealed class CellReaderTests
{
    [Theory]
    [InlineData("是", true)]
    [InlineData("否", false)]
    [InlineData("有", true)]
    [InlineData("无", false)]
    [InlineData("TRUE", true)]
    [InlineData("false", false)]
    [InlineData("1", true)]
    [InlineData(" 0 ", false)]
    public void Yes_and_no_are_read_in_their_usual_spellings(string cell, bool expected) =>
        Assert.Equal((expected, null), CellReader.YesNo(cell));

    [Fact]
    public void Excel_booleans_and_numbers_are_yes_and_no_and_an_empty_cell_is_left_to_the_server()
    {
        Assert.Equal((true, null), CellReader.YesNo(true));
        Assert.Equal((false, null), CellReader.YesNo(0d));
        Assert.Equal((null, null), CellReader.YesNo(" "));
    }

    [Theory]
    [InlineData("2024-03-01")]
    [InlineData("2024-3-1")]
    [InlineData("2024/3/1")]
    [InlineData("2024.03.01")]
    [InlineData("20240301")]
    [InlineData("2024年3月1日")]
    public void Dates_in_the_usual_written_forms_become_iso_dates(string cell) =>
        Assert.Equal(("2024-03-01", null), CellReader.Date(cell));

    [Fact]
    public void Excel_date_cells_and_date_serial_numbers_become_iso_dates()
    {
        Assert.Equal(("2024-03-01", null), CellReader.Date(new DateTime(2024, 3, 1)));
        Assert.Equal(("2024-03-01", null), CellReader.Date(45352d));
    }

    [Fact]
    public void An_unreadable_date_is_passed_on_for_the_server_to_explain() =>
        Assert.Equal(("三月一日", null), CellReader.Date("三月一日"));

    [Fact]
    public void Whole_numbers_from_excel_keep_all_their_digits() =>
        Assert.Equal(("13800138000", null), CellReader.Text(13800138000d));

    [Fact]
    public void A_number_longer_than_excel_keeps_exactly_is_refused()
    {
        var (text, error) = CellReader.Text(114401040000000000d);

        Assert.Null(text);
        Assert.Contains("文本格式", error, StringComparison.Ordinal);
    }
}
