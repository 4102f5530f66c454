using System.Security.Cryptography;
using Media.Abstractions.Audit;
using Media.Abstractions.Storage;
using Media.Abstractions.Users;
using Media.Application;
using Media.Application.Users;
using Media.Grains;
using Media.Silo.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Media.Silo.Auth;

/// <summary>
/// On the first start with an empty store, creates the user <c>admin</c>. Without a configured password it
/// generates one, prints it once and writes it to <c>{DataDir}/admin-password.txt</c> (mode 600).
/// </summary>
internal sealed class AdminBootstrap(
    IGrainFactory grains,
    PasswordHashing hashing,
    IAuditLog audit,
    [FromKeyedServices(MediaClock.Key)] TimeProvider clock,
    IOptions<BootstrapOptions> bootstrap,
    IOptions<MediaOptions> media,
    ILogger<AdminBootstrap> logger) : IHostedService
{
    public const string Username = "admin";
    public const string PasswordFileName = "admin-password.txt";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var file = Path.Combine(media.Value.DataDirectory, PasswordFileName);
        var grain = grains.GetGrain<IUserGrain>(Username);
        if (await grain.GetAsync() is not null)
        {
            if (File.Exists(file))
            {
                Log.AdminPasswordFile(logger, file);
            }

            return;
        }

        var configured = bootstrap.Value.AdminPassword;
        var password = string.IsNullOrEmpty(configured) ? Generate() : configured;
        var user = new UserRecord(Username, hashing.Hash(Username, password), Roles.Admin, null, null,
            "admin@localhost", "系统管理员", clock.GetUtcNow());
        if (!await grain.CreateAsync(user))
        {
            return;
        }

        await audit.AppendAsync(new AuditEntry(user.CreatedAt, "system", "user.create", "user:" + Username, null,
            AuditJson.Of(new { user.Username, user.Role, user.Email, user.DisplayName })), cancellationToken);
        if (!string.IsNullOrEmpty(configured))
        {
            return;
        }

        await WritePrivateAsync(file, password, cancellationToken);
        Console.WriteLine($"Created user 'admin' with password: {password}");
        Console.WriteLine($"The password is also in {file} (readable only by you).");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    // Created with mode 600 from the start, so there is no moment when others can read it.
    private static async Task WritePrivateAsync(string file, string password, CancellationToken cancellationToken)
    {
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        await using var writer = new StreamWriter(file, options);
        await writer.WriteLineAsync(password.AsMemory(), cancellationToken);
    }

    // 20 characters of base64; drawn again in the rare case they miss a kind the password policy asks for.
    private static string Generate()
    {
        while (true)
        {
            var password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(15)).Replace('+', 'x').Replace('/', 'y');
            if (PasswordPolicy.Validate(password, Username) is null)
            {
                return password;
            }
        }
    }
}
