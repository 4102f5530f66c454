using Media.Abstractions.Alerts;

namespace Media.Grains.Users;

/// <summary>What the user directory persists: one contact per username.</summary>
[GenerateSerializer]
public sealed class UserDirectoryState
{
    [Id(0)] public Dictionary<string, UserContact> Users { get; set; } = [];
}
