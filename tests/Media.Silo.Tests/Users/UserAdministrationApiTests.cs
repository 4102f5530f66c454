using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Media.Abstractions.Storage;
using Media.Silo.Tests.Infrastructure;
using Media.Silo.Tests.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Silo.Tests.Users;

/// <summary>
/// <c>GET /api/users</c>, <c>PATCH /api/users/{username}</c>, <c>POST …/password-reset</c> and <c>…/unlock</c> on a real silo:
/// a disabled user's token stops working, a reset ends the old password, bad input changes nothing, every change is audited.
/// </summary>
public sealed class UserAdministrationApiTests(SharedSilo shared) : IClassFixture<SharedSilo>
{
    private const string Password = UserCalls.Password;
    private readonly SiloFactory _silo = shared.Silo;

    [Fact]
    public async Task The_admin_lists_users_with_role_jurisdiction_names_and_state_and_a_supervisor_sees_only_its_region()
    {
        using var admin = await _silo.AdminAsync();
        var unit = await admin.CreateUnitAsync("440104");
        var unitUser = await UserCalls.CreateAsync(admin, "unit", unitCode: unit);
        var cityOffice = await UserCalls.CreateAsync(admin, "supervisor", regionCode: "440100");
        var shenzhen = await UserCalls.CreateAsync(admin, "supervisor", regionCode: "440300");

        var listed = await admin.GetJsonAsync("/api/users?pageSize=200");
        var items = listed["items"]!.AsArray();
        var me = Find(items, unitUser);
        Assert.Equal("unit", me["role"]!.GetValue<string>());
        Assert.Equal(unit, me["unitCode"]!.GetValue<string>());
        Assert.Equal("测试单位" + unit[^4..], me["unitName"]!.GetValue<string>());
        Assert.False(me["disabled"]!.GetValue<bool>());
        Assert.Null(me["lockedUntil"]);
        Assert.Equal("广东省广州市", Find(items, cityOffice)["regionName"]!.GetValue<string>());
        Assert.Contains(items, u => u!["username"]!.GetValue<string>() == "admin");

        using var supervisor = await _silo.SignInAsync(cityOffice, Password);
        var seen = (await supervisor.GetJsonAsync("/api/users?pageSize=200"))["items"]!.AsArray()
            .Select(u => u!["username"]!.GetValue<string>()).ToList();
        Assert.Contains(unitUser, seen);
        Assert.Contains(cityOffice, seen);
        Assert.DoesNotContain(shenzhen, seen);
        Assert.DoesNotContain("admin", seen);

        using var unitClient = await _silo.SignInAsync(unitUser, Password);
        Assert.Equal(HttpStatusCode.Forbidden, (await unitClient.Http.GetAsync("/api/users")).StatusCode);
        Assert.NotEmpty(await MediaClient.FieldErrorAsync(await admin.Http.GetAsync("/api/users?pageSize=0"), "pageSize"));
    }

    [Fact]
    public async Task Disabling_a_user_stops_their_token_within_ten_seconds_and_their_sign_in_and_enabling_lets_them_sign_in_again()
    {
        using var admin = await _silo.AdminAsync();
        var username = await UserCalls.CreateAsync(admin, "supervisor", regionCode: "440100");
        using var user = await _silo.SignInAsync(username, Password);
        Assert.Equal(HttpStatusCode.OK, (await user.Http.GetAsync("/api/users/me")).StatusCode);

        var disabled = await admin.Http.PatchAsJsonAsync($"/api/users/{username}", new { disabled = true });
        Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);
        var clock = Stopwatch.StartNew();
        HttpStatusCode status;
        do
        {
            status = (await user.Http.GetAsync("/api/users/me")).StatusCode;
        }
        while (status != HttpStatusCode.Unauthorized && clock.Elapsed < TimeSpan.FromSeconds(10));

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        using var http = _silo.CreateClient();
        var refused = await SignInCalls.TryAsync(http, username, Password);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("停用", (await MediaClient.ReadJsonAsync(refused))["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(Find((await admin.GetJsonAsync("/api/users?pageSize=200"))["items"]!.AsArray(), username)["disabled"]!.GetValue<bool>());

        Assert.Equal(HttpStatusCode.OK, (await admin.Http.PatchAsJsonAsync($"/api/users/{username}", new { disabled = false })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SignInCalls.TryAsync(http, username, Password)).StatusCode);

        var audit = await _silo.Services.GetRequiredService<IAuditLog>().ReadAsync("user:" + username, 100, TestContext.Current.CancellationToken);
        Assert.Contains(audit, e => e is { Action: "user.disable", Actor: "admin" });
        Assert.Contains(audit, e => e is { Action: "user.enable", Actor: "admin" });
    }

    [Fact]
    public async Task An_edit_changes_the_fields_given_and_bad_fields_are_refused_beside_their_names_with_nothing_changed()
    {
        using var admin = await _silo.AdminAsync();
        var username = await UserCalls.CreateAsync(admin, "supervisor", regionCode: "440100");

        var bad = await admin.Http.PatchAsJsonAsync($"/api/users/{username}", new { email = "not-an-address", regionCode = "999999", displayName = "改名" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await MediaClient.ReadJsonAsync(bad))["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("email"));
        Assert.True(errors.ContainsKey("regionCode"));
        var unchanged = Find((await admin.GetJsonAsync("/api/users?pageSize=200"))["items"]!.AsArray(), username);
        Assert.Equal("测试用户", unchanged["displayName"]!.GetValue<string>());
        Assert.Equal("440100", unchanged["regionCode"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.BadRequest, (await admin.Http.PatchAsJsonAsync("/api/users/admin", new { disabled = true })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Http.PatchAsJsonAsync("/api/users/nobody-here", new { disabled = true })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.Http.PatchAsync($"/api/users/{username}",
            new StringContent("{\"disabled\": \"yes\"", System.Text.Encoding.UTF8, "application/json"))).StatusCode);

        using var user = await _silo.SignInAsync(username, Password);
        var edited = await admin.Http.PatchAsJsonAsync($"/api/users/{username}", new
        {
            email = "new-" + username + "@example.cn", displayName = "深圳监管", regionCode = "440300", alerts = new { immediate = false, digest = true },
        });
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var view = await MediaClient.ReadJsonAsync(edited);
        Assert.Equal("440300", view["regionCode"]!.GetValue<string>());
        Assert.Equal("深圳监管", view["displayName"]!.GetValue<string>());
        Assert.False(view["alerts"]!["immediate"]!.GetValue<bool>());

        // The old token carried 440100: a new jurisdiction ends it.
        Assert.Equal(HttpStatusCode.Unauthorized, (await user.Http.GetAsync("/api/users/me")).StatusCode);
        using var again = await _silo.SignInAsync(username, Password);
        Assert.Equal("440300", (await again.GetJsonAsync("/api/users/me"))["regionCode"]!.GetValue<string>());

        var audit = await _silo.Services.GetRequiredService<IAuditLog>().ReadAsync("user:" + username, 100, TestContext.Current.CancellationToken);
        var update = Assert.Single(audit, e => e.Action == "user.update");
        Assert.Contains("440300", update.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reset_hands_over_a_temporary_password_that_passes_the_policy_and_ends_the_old_one_and_its_tokens()
    {
        using var admin = await _silo.AdminAsync();
        var username = await UserCalls.CreateAsync(admin, "supervisor", regionCode: "440100");
        using var user = await _silo.SignInAsync(username, Password);

        var weak = await admin.PostAsync($"/api/users/{username}/password-reset", new { password = "short" });
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.NotEmpty(await MediaClient.FieldErrorAsync(weak, "password"));
        Assert.Equal(HttpStatusCode.OK, (await user.Http.GetAsync("/api/users/me")).StatusCode);

        var reset = await admin.Http.PostAsync($"/api/users/{username}/password-reset", null);
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        var temporary = (await MediaClient.ReadJsonAsync(reset))["temporaryPassword"]!.GetValue<string>();
        Assert.Null(Media.Application.Users.PasswordPolicy.Validate(temporary, username));

        Assert.Equal(HttpStatusCode.Unauthorized, (await user.Http.GetAsync("/api/users/me")).StatusCode);
        using var http = _silo.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInCalls.TryAsync(http, username, Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SignInCalls.TryAsync(http, username, temporary)).StatusCode);

        using var supervisor = await _silo.SignInAsync(await UserCalls.CreateAsync(admin, "supervisor", regionCode: "440000"), Password);
        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.Http.PostAsync($"/api/users/{username}/password-reset", null)).StatusCode);

        var audit = await _silo.Services.GetRequiredService<IAuditLog>().ReadAsync("user:" + username, 100, TestContext.Current.CancellationToken);
        var row = Assert.Single(audit, e => e.Action == "user.password-reset");
        Assert.DoesNotContain(temporary, row.After ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unlock_lets_a_locked_user_sign_in_and_shows_in_the_list()
    {
        using var admin = await _silo.AdminAsync();
        var username = await UserCalls.CreateAsync(admin, "supervisor", regionCode: "440100");
        using var http = _silo.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            await SignInCalls.TryAsync(http, username, "Wrong-Guess-" + i);
        }

        Assert.NotNull(Find((await admin.GetJsonAsync("/api/users?pageSize=200"))["items"]!.AsArray(), username)["lockedUntil"]);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/users/{username}/unlock", new { })).StatusCode);
        Assert.Null(Find((await admin.GetJsonAsync("/api/users?pageSize=200"))["items"]!.AsArray(), username)["lockedUntil"]);
        Assert.Equal(HttpStatusCode.OK, (await SignInCalls.TryAsync(http, username, Password)).StatusCode);
    }

    private static JsonObject Find(JsonArray items, string username) =>
        items.Single(u => u!["username"]!.GetValue<string>() == username)!.AsObject();
}
