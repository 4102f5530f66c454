using System.Collections.Immutable;
using Media.Abstractions.Alerts;

namespace Media.Grains.Users;

/// <summary>Every user's mail address, role, jurisdiction and preferences, by username.</summary>
internal sealed class UserDirectoryGrain(
    [PersistentState(StateNames.UserDirectory, StateNames.Store)] IPersistentState<UserDirectoryState> state)
    : Grain, IUserDirectoryGrain
{
    public Task EnsureAsync(UserContact contact) =>
        PutAsync(state.State.Users.TryGetValue(contact.Username, out var existing)
            ? contact with { Immediate = existing.Immediate, Digest = existing.Digest }
            : contact);

    public async Task<bool> SetPreferencesAsync(string username, bool immediate, bool digest)
    {
        if (!state.State.Users.TryGetValue(username, out var contact))
        {
            return false;
        }

        await PutAsync(contact with { Immediate = immediate, Digest = digest });
        return true;
    }

    public Task<UserContact?> GetAsync(string username) =>
        Task.FromResult(state.State.Users.GetValueOrDefault(username));

    public Task<ImmutableArray<UserContact>> SupervisorsOfAsync(string office) =>
        Select(u => u.Role == "supervisor" && u.RegionCode == office && !u.Disabled);

    public Task<ImmutableArray<UserContact>> UsersOfUnitAsync(string unitCode) =>
        Select(u => u.Role == "unit" && u.UnitCode == unitCode && !u.Disabled);

    // A disabled user is mailed nothing; AllAsync still lists them, for the user list.
    public Task<ImmutableArray<UserContact>> AllSupervisorsAsync() => Select(u => u.Role == "supervisor" && !u.Disabled);

    public Task<ImmutableArray<UserContact>> AllAsync() => Select(_ => true);

    private async Task PutAsync(UserContact contact)
    {
        if (state.State.Users.TryGetValue(contact.Username, out var existing) && existing == contact)
        {
            return;
        }

        state.State.Users[contact.Username] = contact;
        await state.WriteOrForgetAsync(this);
    }

    private Task<ImmutableArray<UserContact>> Select(Func<UserContact, bool> predicate) =>
        Task.FromResult(state.State.Users.Values.Where(predicate).OrderBy(u => u.Username, StringComparer.Ordinal).ToImmutableArray());
}
