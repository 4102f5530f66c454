using System.Net;
using Media.Domain.Validation;
using Media.Silo.Tests.Infrastructure;

namespace Media.Silo.Tests.Api;

/// <summary>
/// Addresses the mail sender would drop are refused where they are entered: users, units and the responsible person
/// of a filing, each with a Chinese field error, and nothing is stored.
/// </summary>
public sealed class EmailRuleApiTests(SharedSilo shared) : IClassFixture<SharedSilo>
{
    private readonly SiloFactory _silo = shared.Silo;

    public static TheoryData<string> Dropped => ["x<y>@example.cn", "a@b,c", "科长 <xcb@gd.gov.cn>", "x cb@gd.gov.cn", "\"x\"@gd.gov.cn", "xcb@广东.政府", "xcb@localhost"];

    [Theory]
    [MemberData(nameof(Dropped))]
    public async Task A_user_with_an_address_mail_would_drop_is_refused(string email)
    {
        using var admin = await _silo.AdminAsync();
        var username = "mail" + Guid.NewGuid().ToString("N")[..10];

        var response = await admin.PostAsync("/api/users", new
        {
            username, password = "Filing-Desk-2026", role = "supervisor", regionCode = "440100", email, displayName = "测试",
        });

        Assert.Equal(FieldRules.EmailMessage, await MediaClient.FieldErrorAsync(response, "email"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await _silo.CreateClient().PostAsync("/api/auth/token",
            System.Net.Http.Json.JsonContent.Create(new { username, password = "Filing-Desk-2026" }), TestContext.Current.CancellationToken)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Dropped))]
    public async Task A_unit_with_an_address_mail_would_drop_is_refused(string email)
    {
        using var admin = await _silo.AdminAsync();
        var code = TestCodes.Uscc("440104");

        var response = await admin.PostAsync("/api/units", new { code, name = "测试单位", regionCode = "440104", level = "county", kind = "government", email });

        Assert.Equal(FieldRules.EmailMessage, await MediaClient.FieldErrorAsync(response, "email"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Http.GetAsync($"/api/units/{code}", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Dropped))]
    public async Task A_filing_whose_responsible_person_has_an_address_mail_would_drop_is_refused(string email)
    {
        using var admin = await _silo.AdminAsync();
        var unit = await admin.CreateUnitAsync("440104");
        var body = MediaClient.OpeningBody(unit);
        body["responsible"] = new { name = "张三", phone = "13800138000", email };

        var response = await admin.PostAsync("/api/accounts", body);

        Assert.Equal(FieldRules.EmailMessage, await MediaClient.FieldErrorAsync(response, "responsible.email"));
        Assert.Equal(HttpStatusCode.NotFound,
            (await admin.Http.GetAsync($"/api/accounts/weibo:{body["handle"]}", TestContext.Current.CancellationToken)).StatusCode);
    }
}
