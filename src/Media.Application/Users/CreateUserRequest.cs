namespace Media.Application.Users;

/// <summary>Body of <c>POST /api/users</c>.</summary>
public sealed record CreateUserRequest(
    string? Username,
    string? Password,
    string? Role,
    string? RegionCode,
    string? UnitCode,
    string? Email,
    string? DisplayName,
    AlertPreferencesRequest? Alerts = null);

/// <summary>What a user wants mailed: an immediate mail per veto, a daily digest. Omitted fields keep the defaults.</summary>
public sealed record AlertPreferencesRequest(bool? Immediate, bool? Digest);

/// <summary>A user's mail preferences as the API shows them.</summary>
public sealed record AlertPreferencesView(bool Immediate, bool Digest);

/// <summary>A user as the API shows it (never the password hash).</summary>
public sealed record UserView(string Username, string Role, string? RegionCode, string? UnitCode, string Email,
    string DisplayName, DateTimeOffset CreatedAt, AlertPreferencesView? Alerts);
