using Media.Abstractions.Accounts;

namespace Media.Grains.Accounts;

/// <summary>What an account grain persists: its filing record, absent until the opening is filed.</summary>
[GenerateSerializer, Alias("media.account-state")]
public sealed class AccountState
{
    [Id(0)] public AccountSnapshot? Record { get; set; }
}
