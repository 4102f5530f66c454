namespace Media.Application.Users;

/// <summary>Body of <c>PATCH /api/users/{username}</c>: omitted fields keep their values.</summary>
public sealed record UpdateUserRequest(
    bool? Disabled = null,
    string? Email = null,
    string? DisplayName = null,
    string? Role = null,
    string? RegionCode = null,
    string? UnitCode = null,
    AlertPreferencesRequest? Alerts = null);

/// <summary>Body of <c>POST /api/users/{username}/password-reset</c>: a password of the admin's choice, or none for a generated one.</summary>
public sealed record ResetPasswordRequest(string? Password = null);

/// <summary>The answer to a reset: the password to hand over, to be changed at the next sign-in.</summary>
public sealed record PasswordResetView(string TemporaryPassword);

/// <summary>A user as the user list shows them: names beside codes, and whether they can sign in now.</summary>
public sealed record UserListItem(string Username, string DisplayName, string Role, string? RegionCode, string? RegionName,
    string? UnitCode, string? UnitName, string Email, bool Disabled, DateTimeOffset? LockedUntil, AlertPreferencesView Alerts);

/// <summary>One page of the user list.</summary>
public sealed record UserListPage(IReadOnlyList<UserListItem> Items, int Total, int PageNumber, int PageSize);
