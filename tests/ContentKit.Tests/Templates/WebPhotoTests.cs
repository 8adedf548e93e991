using System.Net;
using System.Net.Sockets;
using ContentKit.Drawing;

namespace ContentKit.Tests.Templates;

/// <summary>Photos given as web addresses, against a server on 127.0.0.1: downloaded only when allowed, bounded, cached.</summary>
public sealed class WebPhotoTests : IDisposable
{
    private readonly HttpListener _server = new();
    private readonly string _address;
    private readonly string _cache = TestPaths.NewTempFolder();
    private readonly byte[] _photo = File.ReadAllBytes(Path.Combine(TestPaths.Samples, "foto", "bunga.jpg"));
    private int _requests;

    public WebPhotoTests()
    {
        var port = FreePort();
        _address = $"http://127.0.0.1:{port}/";
        _server.Prefixes.Add(_address);
        _server.Start();
        _ = Task.Run(ServeAsync);
    }

    [Fact]
    public void A_web_photo_is_refused_unless_the_network_is_allowed()
    {
        using var renderer = Renderer(network: null);

        var row = renderer.Bind(new Dictionary<string, object?> { ["foto"] = _address + "bunga.jpg" }, rowNumber: 3);

        var error = Assert.Single(row.Errors);
        Assert.Contains("--allow-network", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, _requests);
    }

    [Fact]
    public void An_allowed_web_photo_is_downloaded_once_and_renders()
    {
        using var renderer = Renderer(new NetworkOptions { CacheFolder = _cache });

        var first = renderer.Bind(new Dictionary<string, object?> { ["foto"] = _address + "bunga.jpg" });
        var second = renderer.Bind(new Dictionary<string, object?> { ["foto"] = _address + "bunga.jpg" });
        using var png = new MemoryStream();
        renderer.Render(second, renderer.Template.Format("feed"), Output.OutputType.Png, png);

        Assert.True(first.IsValid, string.Join("; ", first.Errors));
        Assert.Equal(1, _requests);
        Assert.True(png.Length > 1000);
    }

    [Theory]
    [InlineData("hilang.jpg", "404")]
    [InlineData("besar.jpg", "larger than")]
    public void A_failed_or_oversized_download_fails_its_row_naming_the_address(string file, string expected)
    {
        using var renderer = Renderer(new NetworkOptions { CacheFolder = _cache, MaxBytes = 200_000 });

        var row = renderer.Bind(new Dictionary<string, object?> { ["foto"] = _address + file }, rowNumber: 5);

        var error = Assert.Single(row.Errors);
        Assert.Equal((5, "foto"), (error.Location.Row, error.Location.Column));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains(_address + file, error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _server.Stop();
        _server.Close();
    }

    private static Renderer Renderer(NetworkOptions? network)
    {
        var folder = new TemplateFolder("""<column><image src="{{ row.foto }}" height="200"/></column>""", """
            { "id": "uji", "title": "Uji", "formats": [ { "name": "feed", "width": 200, "height": 250 } ],
              "fields": [ { "name": "foto", "type": "image", "required": true } ] }
            """);
        return new Renderer(TemplateFolder.Library, folder.Load(), new RenderOptions { DataFolder = folder.Folder, Network = network });
    }

    private async Task ServeAsync()
    {
        while (_server.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _server.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            Interlocked.Increment(ref _requests);
            var path = context.Request.Url!.AbsolutePath;
            var body = path switch
            {
                "/bunga.jpg" => _photo,
                "/besar.jpg" => new byte[1_000_000],
                _ => null,
            };
            context.Response.StatusCode = body is null ? 404 : 200;
            if (body is not null)
            {
                await context.Response.OutputStream.WriteAsync(body);
            }

            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
