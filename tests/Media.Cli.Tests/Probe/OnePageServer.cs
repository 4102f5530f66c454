using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Media.Cli.Tests.Probe;

/// <summary>
/// A loopback HTTP server that answers every request with one page and counts the connections it
/// accepted, so a test can prove a refused probe sent nothing at all (not even a TCP handshake).
/// </summary>
internal sealed class OnePageServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly byte[] _page;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _serving;
    private int _connections;

    public OnePageServer(byte[] page)
    {
        _page = page;
        _listener.Start();
        _serving = ServeAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public int Connections => Volatile.Read(ref _connections);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _serving;
        _stop.Dispose();
    }

    private async Task ServeAsync()
    {
        while (true)
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
            using (client)
            {
                try
                {
                    await AnswerAsync(client.GetStream());
                }
                catch (Exception e) when (e is IOException or OperationCanceledException)
                {
                    // A client that hangs up early is the test's business, not the server's.
                }
            }
        }
    }

    private async Task AnswerAsync(NetworkStream stream)
    {
        using var reader = new StreamReader(stream, Encoding.ASCII, leaveOpen: true);
        while (!string.IsNullOrEmpty(await reader.ReadLineAsync(_stop.Token)))
        {
            // Request line and headers are read and ignored: every path gets the same page.
        }

        var head = $"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {_page.Length}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head), _stop.Token);
        await stream.WriteAsync(_page, _stop.Token);
    }
}
