using System.Net;

namespace Media.Silo.Tests.Infrastructure;

/// <summary>
/// A real HTTP server on 127.0.0.1 serving the saved pages of <c>../shared/fixtures/pages</c>, so probes
/// fetch them over a socket exactly as they would fetch a platform.
/// </summary>
public sealed class FixtureServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public FixtureServer()
    {
        Port = FreePort.Next();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public static string PagesFolder { get; } = Path.GetFullPath(Path.Combine(RepositoryRoot.Path, "..", "shared", "fixtures", "pages"));

    public string UrlOf(string page) => $"http://127.0.0.1:{Port}/{page}";

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The listener was closed under the loop: that is how it stops.
        }

        _stop.Dispose();
    }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            var name = Path.GetFileName(context.Request.Url!.AbsolutePath);
            var file = Path.Combine(PagesFolder, name);
            using var response = context.Response;
            if (!File.Exists(file))
            {
                response.StatusCode = 404;
                continue;
            }

            var body = await File.ReadAllBytesAsync(file);
            response.ContentType = "text/html; charset=utf-8";
            response.ContentLength64 = body.Length;
            await response.OutputStream.WriteAsync(body);
        }
    }
}
