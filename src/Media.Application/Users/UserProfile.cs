using Media.Abstractions.Alerts;
using Media.Abstractions.Users;
using Media.Domain.Validation;

namespace Media.Application.Users;

/// <summary>What a signed-in user reads and sets about themselves.</summary>
public static class UserProfile
{
    /// <summary>The caller's own record and mail preferences.</summary>
    public static async Task<Outcome<UserView>> MeAsync(Caller caller, IGrainFactory grains)
    {
        var user = await grains.GetGrain<IUserGrain>(caller.Username).GetAsync();
        return user is null ? Refusal.NotFound("用户不存在") : await ViewAsync(user, grains);
    }

    /// <summary>Sets what the caller wants mailed; both choices must be given.</summary>
    public static async Task<Outcome<AlertPreferencesView>> SetAlertsAsync(Caller caller, AlertPreferencesRequest body, IGrainFactory grains)
    {
        var errors = new FieldErrors();
        if (body.Immediate is null)
        {
            errors.Add("immediate", "请说明是否接收即时提醒邮件（true 或 false）");
        }

        if (body.Digest is null)
        {
            errors.Add("digest", "请说明是否接收每日汇总邮件（true 或 false）");
        }

        if (!errors.IsEmpty)
        {
            return Refusal.Invalid(errors);
        }

        return await grains.GetGrain<IUserDirectoryGrain>(0).SetPreferencesAsync(caller.Username, body.Immediate!.Value, body.Digest!.Value)
            ? new AlertPreferencesView(body.Immediate.Value, body.Digest.Value)
            : Refusal.NotFound("用户不存在");
    }

    /// <summary>A user as the API shows it, with the directory's mail preferences.</summary>
    public static async Task<UserView> ViewAsync(UserRecord user, IGrainFactory grains)
    {
        var contact = await grains.GetGrain<IUserDirectoryGrain>(0).GetAsync(user.Username);
        return new(user.Username, user.Role, user.RegionCode, user.UnitCode, user.Email, user.DisplayName, user.CreatedAt,
            contact is null ? null : new AlertPreferencesView(contact.Immediate, contact.Digest));
    }
}
