using Media.Cli.CommandLine;

namespace Media.Cli.Server;

/// <summary>
/// Where and as whom a command reaches the server: <c>--server</c>, <c>--user</c>, <c>--password</c>, else the
/// variables MEDIA_SERVER, MEDIA_USER and MEDIA_PASSWORD, else a prompt for the password.
/// </summary>
internal sealed record ServerLogin(Uri Server, string User, string? Password)
{
    /// <summary>The options every server command accepts.</summary>
    public static readonly string[] Options = ["--server", "--user", "--password"];

    public static ServerLogin From(ParsedArguments parsed, CliEnvironment env)
    {
        var server = Address(parsed.Option("--server") ?? env.Variable("MEDIA_SERVER") ?? "http://localhost:5080");
        var user = parsed.Option("--user") ?? env.Variable("MEDIA_USER")
            ?? throw new UsageException("请用 --user 或环境变量 MEDIA_USER 指定用户名");
        var password = parsed.Option("--password") ?? env.Variable("MEDIA_PASSWORD");
        if (password is null && env.ReadPassword is null)
        {
            throw new UsageException("请用 --password 或环境变量 MEDIA_PASSWORD 提供密码");
        }

        return new ServerLogin(server, user, password);
    }

    /// <summary>The password given, or the one typed at the prompt (asked only now, after local checks passed).</summary>
    public string PasswordOrPrompt(CliEnvironment env) => Password ?? env.ReadPassword!() ?? "";

    private static Uri Address(string text)
    {
        // A trailing slash makes relative API paths resolve under a path prefix (https://host/media/).
        var withSlash = text.EndsWith('/') ? text : text + "/";
        return Uri.TryCreate(withSlash, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : throw new UsageException($"服务地址须为 http:// 或 https:// 开头的网址：{text}");
    }
}
