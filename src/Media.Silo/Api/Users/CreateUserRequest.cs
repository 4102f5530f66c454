namespace Media.Silo.Api.Users;

/// <summary>Body of <c>POST /api/users</c>.</summary>
public sealed record CreateUserRequest(
    string? Username,
    string? Password,
    string? Role,
    string? RegionCode,
    string? UnitCode,
    string? Email,
    string? DisplayName);

/// <summary>A user as the API shows it (never the password hash).</summary>
public sealed record UserView(string Username, string Role, string? RegionCode, string? UnitCode, string Email,
    string DisplayName, DateTimeOffset CreatedAt);
