using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Media.Testing;

/// <summary>What the loopback server answers to one request.</summary>
internal sealed record Reply(
    int Status,
    byte[] Body,
    string ContentType = "text/html; charset=utf-8",
    string? Location = null,
    bool Chunked = false,
    string? ContentEncoding = null,
    bool Hang = false)
{
    public static Reply Html(string html, int status = 200) => new(status, Encoding.UTF8.GetBytes(html));

    public static Reply RedirectTo(string location) => new(302, [], Location: location);

    public static Reply NotFound() => new(404, []);
}

/// <summary>One request as the loopback server read it: method, path with query, headers (names in lower case) and body.</summary>
internal sealed record LoopbackRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string Text => Encoding.UTF8.GetString(Body);
}

/// <summary>
/// A tiny HTTP/1.1 server on a loopback address and a free port, the one every test project uses (linked
/// source). It counts accepted connections, so a test can prove that a refused fetch never even connected.
/// </summary>
internal sealed class LoopbackServer : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly Func<LoopbackRequest, Reply> _handler;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private int _connections;

    public LoopbackServer(Func<string, Reply> handler, IPAddress? address = null)
        : this(address, 0, request => handler(request.Path))
    {
    }

    private LoopbackServer(IPAddress? address, int port, Func<LoopbackRequest, Reply> handler)
    {
        _handler = handler;
        _listener = new TcpListener(address ?? IPAddress.Loopback, port);
        _listener.Start();
        _loop = AcceptLoopAsync();
    }

    /// <summary>
    /// A server that sees whole requests, bodies included (a webhook receiver), on <paramref name="port"/> when given: a
    /// receiver that comes up on a port that was closed until then.
    /// </summary>
    public static LoopbackServer ForRequests(Func<LoopbackRequest, Reply> handler, int port = 0) => new(null, port, handler);

    /// <summary>Serves the files of <paramref name="folder"/> by name (any directories in the path are ignored); 404 for the rest.</summary>
    public static LoopbackServer ServingFolder(string folder) => new(path =>
    {
        var file = Path.Combine(folder, Path.GetFileName(Uri.UnescapeDataString(path.Split('?')[0])));
        return File.Exists(file) ? new Reply(200, File.ReadAllBytes(file)) : Reply.NotFound();
    });

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public IPEndPoint EndPoint => (IPEndPoint)_listener.LocalEndpoint;

    public int Connections => Volatile.Read(ref _connections);

    public Uri Url(string path = "/") => new($"http://{(EndPoint.AddressFamily == AddressFamily.InterNetworkV6 ? $"[{EndPoint.Address}]" : EndPoint.Address)}:{Port}{path}");

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            Interlocked.Increment(ref _connections);
            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var reply = _handler(await ReadRequestAsync(stream));
                if (reply.Hang)
                {
                    await Task.Delay(Timeout.Infinite, _stop.Token);
                }

                await WriteAsync(stream, reply);
            }
            catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // The client hung up (e.g. the size cap stopped reading); that is what some tests want.
            }
        }
    }

    private static async Task<LoopbackRequest> ReadRequestAsync(NetworkStream stream)
    {
        var head = new StringBuilder();
        var buffer = new byte[1];
        while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal) && head.Length < 65_536)
        {
            if (await stream.ReadAsync(buffer) == 0)
            {
                break;
            }

            head.Append((char)buffer[0]);
        }

        var lines = head.ToString().Split("\r\n");
        var requestLine = lines[0].Split(' ');
        var headers = lines.Skip(1).Select(l => l.Split(':', 2)).Where(p => p.Length == 2)
            .GroupBy(p => p[0].Trim().ToLowerInvariant()).ToDictionary(g => g.Key, g => g.First()[1].Trim());
        var body = new byte[headers.TryGetValue("content-length", out var length) && int.TryParse(length, CultureInfo.InvariantCulture, out var n) ? n : 0];
        for (var read = 0; read < body.Length;)
        {
            var got = await stream.ReadAsync(body.AsMemory(read));
            if (got == 0)
            {
                break;
            }

            read += got;
        }

        return new LoopbackRequest(requestLine[0], requestLine.Length > 1 ? requestLine[1] : "/", headers, body);
    }

    private static async Task WriteAsync(NetworkStream stream, Reply reply)
    {
        var head = new StringBuilder($"HTTP/1.1 {reply.Status} X\r\nConnection: close\r\nContent-Type: {reply.ContentType}\r\n");
        head.Append(reply.Chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + reply.Body.Length.ToString(CultureInfo.InvariantCulture) + "\r\n");
        if (reply.Location is not null)
        {
            head.Append("Location: " + reply.Location + "\r\n");
        }

        if (reply.ContentEncoding is not null)
        {
            head.Append("Content-Encoding: " + reply.ContentEncoding + "\r\n");
        }

        await stream.WriteAsync(Encoding.ASCII.GetBytes(head.Append("\r\n").ToString()));
        if (!reply.Chunked)
        {
            await stream.WriteAsync(reply.Body);
            return;
        }

        for (var offset = 0; offset < reply.Body.Length; offset += 65_536)
        {
            var size = Math.Min(65_536, reply.Body.Length - offset);
            await stream.WriteAsync(Encoding.ASCII.GetBytes($"{size:X}\r\n"));
            await stream.WriteAsync(reply.Body.AsMemory(offset, size));
            await stream.WriteAsync("\r\n"u8.ToArray());
        }

        await stream.WriteAsync("0\r\n\r\n"u8.ToArray());
    }
}
