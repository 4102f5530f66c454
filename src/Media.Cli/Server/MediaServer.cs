using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Media.Cli.Server;

/// <summary>The server could not be reached or answered something other than the API's answers.</summary>
internal sealed class ServerException(string message) : Exception(message);

/// <summary>The calls the CLI makes to the API: sign in, then import or check the audit log. Errors become <see cref="ServerException"/>.</summary>
internal sealed class MediaServer(HttpClient http)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private string? _token;

    public async Task SignInAsync(string username, string password)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/auth/token")
        {
            Content = JsonContent.Create(new TokenRequest(username, password), options: Json),
        };
        using var response = await SendAsync(request);
        if (!response.IsSuccessStatusCode)
        {
            throw new ServerException(response.StatusCode == HttpStatusCode.Unauthorized
                ? $"登录失败：用户名或密码错误（用户 {username}）"
                : $"登录失败：服务器答复 HTTP {(int)response.StatusCode}，请确认 --server 指向本系统");
        }

        _token = (await ReadAsync<TokenResponse>(response)).Token;
    }

    /// <summary>
    /// Posts the rows to be imported in the background (<c>?async=true</c>); returns the run's address to poll with
    /// <see cref="GetRunAsync"/>, or the problem when the server refused the request itself (its body, its size).
    /// </summary>
    public async Task<(Uri? Run, Problem? Problem)> StartImportAsync<TRow>(string path, IReadOnlyList<TRow> rows, bool dryRun,
        string? onExisting = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path + "?async=true")
        {
            Content = JsonContent.Create(new ImportRequest<TRow>(rows, dryRun, onExisting), options: Json),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        using var response = await SendAsync(request);
        if (response.StatusCode != HttpStatusCode.Accepted)
        {
            return response.IsSuccessStatusCode
                ? throw new ServerException($"服务器不支持后台导入（HTTP {(int)response.StatusCode}），请确认服务器版本")
                : (null, await ReadAsync<Problem>(response) with { Status = (int)response.StatusCode });
        }

        return (response.Headers.Location ?? throw new ServerException("服务器没有给出导入进度的地址"), null);
    }

    /// <summary>A background import's progress and, once finished, its result.</summary>
    public async Task<ImportRunResponse> GetRunAsync(Uri run)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, run);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        using var response = await SendAsync(request);
        return response.IsSuccessStatusCode
            ? await ReadAsync<ImportRunResponse>(response)
            : throw new ServerException($"无法读取导入进度（HTTP {(int)response.StatusCode}）；导入可能仍在进行，请稍后在系统中核对");
    }

    /// <summary>Asks the server to walk the audit log's hash chain (admins only).</summary>
    public async Task<AuditVerifyResponse> VerifyAuditAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/audit/verify");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        using var response = await SendAsync(request);
        return response.StatusCode switch
        {
            HttpStatusCode.OK => await ReadAsync<AuditVerifyResponse>(response),
            HttpStatusCode.Forbidden => throw new ServerException("只有系统管理员可以校验审计日志"),
            var status => throw new ServerException($"服务器答复 HTTP {(int)status}，请确认 --server 指向本系统"),
        };
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        try
        {
            return await http.SendAsync(request);
        }
        catch (HttpRequestException e)
        {
            throw new ServerException($"无法连接服务器 {http.BaseAddress}：{e.Message}");
        }
        catch (TaskCanceledException)
        {
            throw new ServerException($"服务器 {http.BaseAddress} 在 {http.Timeout.TotalSeconds:0} 秒内没有答复；"
                + "导入可能仍在进行，请稍后在系统中核对后再重试");
        }
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync<T>(Json)
                ?? throw new ServerException($"服务器答复为空（HTTP {(int)response.StatusCode}）");
        }
        catch (JsonException)
        {
            throw new ServerException($"服务器答复无法识别（HTTP {(int)response.StatusCode}），请确认 --server 指向本系统");
        }
    }
}
