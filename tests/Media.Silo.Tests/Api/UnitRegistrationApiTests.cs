using System.Net;
using Media.Silo.Tests.Infrastructure;

namespace Media.Silo.Tests.Api;

/// <summary>Registering units whose level, region and credit code disagree.</summary>
public sealed class UnitRegistrationApiTests(SharedSilo shared) : IClassFixture<SharedSilo>
{
    private readonly SiloFactory _silo = shared.Silo;

    [Fact]
    public async Task A_guangzhou_unit_with_a_shenzhen_credit_code_is_refused_naming_both_and_not_registered()
    {
        using var admin = await _silo.AdminAsync();
        var code = TestCodes.Uscc("440300");

        var response = await admin.PostAsync("/api/units",
            new { code, name = "广州市测试局", regionCode = "440100", level = "city", kind = "department" });

        var message = await MediaClient.FieldErrorAsync(response, "code");
        Assert.Contains("440100", message, StringComparison.Ordinal);
        Assert.Contains("440300", message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Http.GetAsync($"/api/units/{code}")).StatusCode);
    }

    [Fact]
    public async Task A_city_level_unit_with_a_county_code_is_refused_naming_the_code()
    {
        using var admin = await _silo.AdminAsync();

        var response = await admin.PostAsync("/api/units",
            new { code = TestCodes.Uscc("440104"), name = "越秀区测试局", regionCode = "440104", level = "city", kind = "department" });

        Assert.Contains("440104", await MediaClient.FieldErrorAsync(response, "regionCode"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_consistent_city_department_is_registered()
    {
        using var admin = await _silo.AdminAsync();

        Assert.NotEmpty(await admin.CreateUnitAsync("440100", "city", "department"));
    }
}
