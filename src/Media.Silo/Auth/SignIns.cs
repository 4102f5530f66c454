using System.Text.Json;
using Media.Abstractions.Audit;
using Media.Abstractions.Storage;
using Media.Abstractions.Users;
using Media.Application.Users;
using Media.Grains;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Media.Silo.Auth;

/// <summary>
/// Checking a username and password, as the token endpoint and the sign-in page both do (SPEC §7). A name that no user
/// could have is answered like a wrong password without waking a grain; an unknown user costs the same hashing as a
/// known one; wrong passwords in a row lock the user for a while; every failure is audited, without the password.
/// </summary>
public sealed class SignIns(
    IGrainFactory grains,
    PasswordHashing hashing,
    IAuditLog audit,
    IOptions<AuthOptions> options,
    [FromKeyedServices(MediaClock.Key)] TimeProvider clock,
    TimeProvider wallClock)
{
    /// <summary>
    /// The least time a failed sign-in takes. The work behind a failure differs by path (an unknown name wakes a grain
    /// that reads an empty row, a known one writes its failure count), and on a busy store the difference showed (75 vs
    /// 58 ms medians); answering every failure at this floor hides which names exist, and slows guessing too.
    /// </summary>
    public static readonly TimeSpan FailureFloor = TimeSpan.FromMilliseconds(250);

    /// <summary>How much of a name no user has is kept in the audit log.</summary>
    public const int AuditedNameLength = 64;

    /// <summary>The answer to a wrong password and to an unknown user alike.</summary>
    public const string Refused = "用户名或密码错误";

    /// <summary>The answer to a disabled user's right password (the wrong one gets <see cref="Refused"/>, as anyone's does).</summary>
    public const string DisabledMessage = "该账号已被停用，请联系系统管理员";

    /// <summary>The user when the password is right; otherwise null, while locked how long to wait, and whether the user is disabled.</summary>
    public sealed record Result(UserRecord? User, TimeSpan? RetryAfter, bool Disabled = false)
    {
        public bool IsLocked => RetryAfter is not null;
    }

    /// <summary>The message for a locked user, with the minutes left.</summary>
    public static string LockedMessage(TimeSpan retryAfter) =>
        $"连续输错密码次数过多，账户已暂时锁定，请 {Math.Max(1, (int)Math.Ceiling(retryAfter.TotalMinutes))} 分钟后再试，或请管理员解锁";

    public async Task<Result> SignInAsync(string username, string password, string? address, CancellationToken cancellationToken = default)
    {
        var started = wallClock.GetTimestamp();
        var result = await CheckAsync(username, password, address, cancellationToken);
        var left = FailureFloor - wallClock.GetElapsedTime(started);
        if (result.User is null && left > TimeSpan.Zero)
        {
            await Task.Delay(left, wallClock, cancellationToken);
        }

        return result;
    }

    private async Task<Result> CheckAsync(string username, string password, string? address, CancellationToken cancellationToken)
    {
        var name = UserNames.Normalize(username);
        if (UserNames.Validate(name) is not null)
        {
            await hashing.VerifyAsync(null, password, cancellationToken);
            await AuditAsync(name.Length > AuditedNameLength ? name[..AuditedNameLength] : name, "auth.failed", address, "no-such-user");
            return new Result(null, null);
        }

        var grain = grains.GetGrain<IUserGrain>(name);
        var check = await grain.CheckSignInAsync();
        if (check.LockedUntil is { } lockedUntil)
        {
            // Refused without hashing: the right password must not work now, and the attempt costs the flood nothing.
            await AuditAsync(name, "auth.failed", address, "locked");
            return new Result(null, lockedUntil - clock.GetUtcNow());
        }

        if (await hashing.VerifyAsync(check.User, password, cancellationToken))
        {
            if (check.User!.Disabled)
            {
                await AuditAsync(name, "auth.failed", address, "disabled");
                return new Result(null, null, Disabled: true);
            }

            await grain.RecordSignInAsync();
            return new Result(check.User, null);
        }

        if (check.User is null)
        {
            await AuditAsync(name, "auth.failed", address, "no-such-user");
            return new Result(null, null);
        }

        var lockout = options.Value.Lockout;
        var locked = await grain.RecordFailedSignInAsync(new SignInLockoutPolicy(lockout.Failures, lockout.Duration));
        await AuditAsync(name, "auth.failed", address, "wrong-password");
        if (locked is not null)
        {
            await AuditAsync(name, "auth.locked", address, $"{lockout.Failures} wrong passwords in a row");
        }

        return new Result(null, null);
    }

    private Task AuditAsync(string name, string action, string? address, string reason) =>
        audit.AppendAsync(new AuditEntry(clock.GetUtcNow(), name, action, "user:" + name, null,
            JsonSerializer.Serialize(new { address, reason })));
}
