using System.Buffers;
using System.Collections.Concurrent;
using MimeKit;
using SmtpServer;
using SmtpServer.ComponentModel;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Media.Silo.Tests.Infrastructure;

/// <summary>
/// A real SMTP server (the SmtpServer package) listening on 127.0.0.1, keeping every message it accepts
/// with its envelope recipients. It can be created before it starts listening, so a test can point the
/// silo at a port where nobody answers yet and bring the server up later.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private readonly Store _store = new();
    private CancellationTokenSource? _stop;
    private Task? _running;

    public SmtpSink(int? port = null, bool start = true)
    {
        Port = port ?? FreePort.Next();
        if (start)
        {
            Start();
        }
    }

    public int Port { get; }

    public IReadOnlyList<Received> Messages => [.. _store.Messages];

    public void Start()
    {
        var options = new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(e => e.Endpoint(
            new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, Port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(_store);
        _stop = new CancellationTokenSource();
        var server = new SmtpServer.SmtpServer(options, services);
        _running = server.StartAsync(_stop.Token);
    }

    /// <summary>Waits until at least <paramref name="count"/> messages arrived, then returns them all.</summary>
    public async Task<IReadOnlyList<Received>> WaitForAsync(int count, TimeSpan? timeout = null)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (_store.Messages.Count < count)
        {
            if (watch.Elapsed > (timeout ?? TimeSpan.FromSeconds(30)))
            {
                throw new TimeoutException($"expected {count} messages, got {_store.Messages.Count}");
            }

            await Task.Delay(100);
        }

        return Messages;
    }

    public async ValueTask DisposeAsync()
    {
        if (_stop is null)
        {
            return;
        }

        await _stop.CancelAsync();
        try
        {
            await _running!;
        }
        catch (OperationCanceledException)
        {
            // Stopping is cancelling.
        }

        _stop.Dispose();
    }

    /// <summary>A message as the server received it, with the envelope recipients (RCPT TO).</summary>
    public sealed record Received(MimeMessage Message, IReadOnlyList<string> Envelope);

    private sealed class Store : MessageStore
    {
        public ConcurrentQueue<Received> Messages { get; } = new();

        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction,
            ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            Messages.Enqueue(new Received(message, [.. transaction.To.Select(m => $"{m.User}@{m.Host}")]));
            return SmtpResponse.Ok;
        }
    }
}
