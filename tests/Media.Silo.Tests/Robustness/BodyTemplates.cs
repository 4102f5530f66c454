using System.Globalization;
using System.Text.Json.Nodes;
using static Media.Silo.Tests.Robustness.FieldSpec;

namespace Media.Silo.Tests.Robustness;

/// <summary>Valid bodies of every POST endpoint, with the fields a mutation may break.</summary>
internal static partial class BodyTemplates
{
    public const string AdminPassword = Infrastructure.SiloFactory.AdminPassword;

    /// <param name="unitCode">A registered unit in 440104 (the unit user's own).</param>
    /// <param name="accountId">An active account of that unit, for the filing endpoints.</param>
    /// <param name="violationId">An open violation of an account of that unit, for the rectification endpoints.</param>
    public static IReadOnlyList<BodyTemplate> All(string unitCode, string accountId, string violationId) =>
    [
        Units(),
        Supervisors(),
        UnitUsers(unitCode),
        Accounts(unitCode),
        Websites(unitCode),
        Changes(accountId),
        Closing(accountId),
        Token(),
        Imports(unitCode),
        Samplings(),
        Notice(violationId),
        Response(violationId),
        Verify(violationId),
    ];

    public static BodyTemplate Units() => new("unit", "/api/units", r => new JsonObject
    {
        ["code"] = BadValues.ValidCode(r, "440104"),
        ["name"] = "越秀区测试局",
        ["regionCode"] = "440104",
        ["level"] = "county",
        ["kind"] = "government",
        ["email"] = "unit@example.cn",
    },
    [
        Text("code", true, BadValues.UnitCodes(new Random(1), "440104")),
        Text("name", true, BadValues.Text(100)),
        Text("regionCode", true, [.. BadValues.Regions, "440199"]),
        Text("level", true, BadValues.Levels),
        Text("kind", true, BadValues.Kinds),
        Text("email", false, BadValues.Emails),
    ])
    { UnitUserForbidden = true };

    public static BodyTemplate Supervisors() => new("supervisor user", "/api/users", r => User(r, "supervisor", "440100", null),
    [
        Text("username", true, BadValues.Usernames),
        Text("password", true, BadValues.Passwords),
        Text("role", true, BadValues.Roles),
        Text("regionCode", true, BadValues.Regions),
        Text("email", true, BadValues.Emails),
        Text("displayName", true, BadValues.Text(64)),
        Text("unitCode", false),
    ])
    { UnitUserForbidden = true };

    public static BodyTemplate UnitUsers(string unitCode) => new("unit user", "/api/users", r => User(r, "unit", null, unitCode),
    [
        Text("unitCode", true, [.. BadValues.UnitCodes(new Random(2), "440104"), BadValues.ValidCode(new Random(3), "440104")]),
        Text("role", true, BadValues.Roles),
    ])
    { UnitUserForbidden = true };

    public static BodyTemplate Token() => new("sign-in", "/api/auth/token", _ => new JsonObject
    {
        ["username"] = "admin",
        ["password"] = AdminPassword,
    },
    [
        Text("username", true, "\u0000", "admin\u0000", "ＡＤＭＩＮ", "admin' OR '1'='1", "../admin", new string('a', 300)),
        Text("password", true, "wrong", AdminPassword + " ", "\u0000"),
    ]);

    private static JsonObject User(Random random, string role, string? regionCode, string? unitCode)
    {
        var username = "m" + random.Next().ToString("x8", CultureInfo.InvariantCulture);
        var user = new JsonObject
        {
            ["username"] = username,
            ["password"] = "Filing-Desk-2026",
            ["role"] = role,
            ["email"] = username + "@example.cn",
            ["displayName"] = "鲁棒性测试",
        };
        if (regionCode is not null)
        {
            user["regionCode"] = regionCode;
        }

        if (unitCode is not null)
        {
            user["unitCode"] = unitCode;
        }

        return user;
    }
}
