using Media.Domain.Validation;

namespace Media.Domain.Tests.Validation;

public class FieldErrorsTests
{
    [Fact]
    public void A_new_collection_is_empty()
    {
        var errors = new FieldErrors();

        Assert.True(errors.IsEmpty);
        Assert.Equal(0, errors.Count);
        Assert.Empty(errors.ToDictionary());
    }

    [Fact]
    public void Messages_are_grouped_by_field_in_the_order_added()
    {
        var errors = new FieldErrors();
        errors.Add("responsible.email", "不能为空");
        errors.Add("unitCode", "统一社会信用代码应为18位");
        errors.Add("responsible.email", "电子邮箱格式不正确");

        var dictionary = errors.ToDictionary();

        Assert.False(errors.IsEmpty);
        Assert.Equal(2, errors.Count);
        Assert.Equal(["不能为空", "电子邮箱格式不正确"], dictionary["responsible.email"]);
        Assert.Equal(["统一社会信用代码应为18位"], dictionary["unitCode"]);
    }

    [Fact]
    public void Field_names_are_kept_exactly_as_given()
    {
        var errors = new FieldErrors();
        errors.Add("homeUrl", "a");
        errors.Add("HomeUrl", "b");

        Assert.Equal(["HomeUrl", "homeUrl"], errors.ToDictionary().Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Only_real_problems_are_added_from_rule_results()
    {
        var errors = new FieldErrors();

        Assert.False(errors.AddIfInvalid("responsible.phone", FieldRules.Phone("13800138000")));
        Assert.True(errors.AddIfInvalid("responsible.email", FieldRules.Email("not-an-email")));

        Assert.Equal(["responsible.email"], errors.ToDictionary().Keys);
    }

    [Fact]
    public void The_dictionary_is_a_snapshot()
    {
        var errors = new FieldErrors();
        errors.Add("name", "不能为空");
        var snapshot = errors.ToDictionary();

        errors.Add("name", "again");

        Assert.Single(snapshot["name"]);
    }
}
