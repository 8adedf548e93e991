using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ContentKit.Tests.Batch;

/// <summary>
/// A web server on 127.0.0.1 (free port) serving photos the way hostile or broken sites do: one byte every two seconds,
/// endlessly, redirecting to another host name or to <c>file://</c>, and an HTML page named like a photo. Every
/// response loop is bounded, so a test that fails never leaves it running.
/// </summary>
internal sealed class HostilePhotoServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly byte[] _photo = File.ReadAllBytes(Path.Combine(TestPaths.Samples, "foto", "bunga.jpg"));
    private readonly ConcurrentDictionary<string, int> _requests = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource _slowStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public HostilePhotoServer()
    {
        Port = FreePort();
        Address = $"http://127.0.0.1:{Port}/";
        _listener.Prefixes.Add(Address);
        _listener.Start();
        _ = Task.Run(AcceptAsync);
    }

    public int Port { get; }

    /// <summary>The server's root, <c>http://127.0.0.1:PORT/</c>.</summary>
    public string Address { get; }

    /// <summary>The photo's validator; change it to make the photo "edited" on the server.</summary>
    public string ETag { get; set; } = "\"v1\"";

    /// <summary>Completes when the slow photo's first byte is sent.</summary>
    public Task SlowStarted => _slowStarted.Task;

    /// <summary>True once the slow photo's response ran to its end (bounded at 60 s), which a working deadline never waits for.</summary>
    public bool SlowFinished { get; private set; }

    /// <summary>Requests for a path, e.g. <c>/foto.jpg</c>; <c>304 /foto.jpg</c> counts "not modified" answers.</summary>
    public int Requests(string key) => _requests.GetValueOrDefault(key);

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
    }

    private async Task AcceptAsync()
    {
        while (_listener.IsListening)
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

            // Each response on its own, so a slow one holds up nothing else.
            _ = Task.Run(() => ServeAsync(context));
        }
    }

    private async Task ServeAsync(HttpListenerContext context)
    {
        var path = context.Request.Url!.AbsolutePath;
        _requests.AddOrUpdate(path, 1, (_, n) => n + 1);
        var response = context.Response;
        try
        {
            switch (path)
            {
                case "/foto.jpg":
                    if (context.Request.Headers["If-None-Match"] == ETag)
                    {
                        _requests.AddOrUpdate("304 " + path, 1, (_, n) => n + 1);
                        response.StatusCode = 304;
                        break;
                    }

                    response.ContentType = "image/jpeg";
                    response.Headers["ETag"] = ETag;
                    await response.OutputStream.WriteAsync(_photo);
                    break;
                case "/lambat.jpg":
                    response.ContentType = "image/jpeg";
                    response.SendChunked = true;
                    for (var i = 0; i < 30; i++)
                    {
                        await response.OutputStream.WriteAsync(_photo.AsMemory(i, 1));
                        await response.OutputStream.FlushAsync();
                        _slowStarted.TrySetResult();
                        await Task.Delay(TimeSpan.FromSeconds(2));
                    }

                    SlowFinished = true;
                    break;
                case "/tanpa-akhir.jpg":
                    response.ContentType = "image/jpeg";
                    response.SendChunked = true;
                    var chunk = new byte[65536];
                    for (var i = 0; i < 1024; i++)
                    {
                        await response.OutputStream.WriteAsync(chunk);
                    }

                    break;
                case "/pindah-host.jpg":
                    Redirect(response, $"http://localhost:{Port}/foto.jpg");
                    break;
                case "/pindah-berkas.jpg":
                    Redirect(response, "file:///etc/passwd");
                    break;
                case "/pindah-sini.jpg":
                    Redirect(response, "/foto.jpg");
                    break;
                case "/halaman.jpg":
                    response.ContentType = "text/html; charset=utf-8";
                    await response.OutputStream.WriteAsync(Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><img src=\"foto.jpg\"></body></html>"));
                    break;
                default:
                    response.StatusCode = 404;
                    break;
            }

            response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException or InvalidOperationException)
        {
            // The client gave up (as a deadline or a size cap makes it do).
            response.Abort();
        }
    }

    private static void Redirect(HttpListenerResponse response, string location)
    {
        response.StatusCode = 302;
        response.RedirectLocation = location;
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
