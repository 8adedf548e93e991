using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ContentKit.Cli.Preview;

/// <summary>
/// The preview's web server: Kestrel on 127.0.0.1 only (nothing on the network can reach it), a page, its state as JSON,
/// the images in memory, and server-sent events that tell the page a new render is there.
/// </summary>
internal static class PreviewServer
{
    /// <summary>Serves until <paramref name="cancellationToken"/> is cancelled (Ctrl+C); prints the address when it listens.</summary>
    public static async Task RunAsync(PreviewSession session, int port, bool open, TextWriter output, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        await using var app = builder.Build();

        app.MapGet("/", () => Results.Text(PreviewPage.Html, "text/html; charset=utf-8"));
        app.MapGet("/state", () => session.State is { } state ? Results.Json(state, PreviewJson.Default.PreviewState) : Results.StatusCode(503));
        app.MapGet("/image/{version:int}/{name}", (int version, string name) =>
            session.Image(version, name) is { } png ? Results.Bytes(png, "image/png") : Results.NotFound());
        app.MapPost("/row/{row:int}", (int row) =>
        {
            session.SelectRow(row);
            return Results.NoContent();
        });
        app.MapGet("/events", (HttpContext context) => Events(context, session, cancellationToken));

        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var url = address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal) + "/";
        await output.WriteLineAsync(Localized.Format(CliMessages.Preview_Listening, url));
        if (open)
        {
            Open(url);
        }

        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
        }

        await app.StopAsync(CancellationToken.None);
    }

    /// <summary>One line per new render (its version), until the page goes away or the preview stops.</summary>
    private static async Task Events(HttpContext context, PreviewSession session, CancellationToken stopping)
    {
        context.Response.Headers.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        using var both = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        var known = 0;
        try
        {
            while (true)
            {
                known = await session.NextVersionAsync(known, both.Token);
                await context.Response.WriteAsync($"data: {known}\n\n", both.Token);
                await context.Response.Body.FlushAsync(both.Token);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>The system's browser, as <c>--open</c> asks.</summary>
    private static void Open(string url)
    {
        var program = OperatingSystem.IsWindows() ? "cmd" : OperatingSystem.IsMacOS() ? "open" : "xdg-open";
        var arguments = OperatingSystem.IsWindows() ? new[] { "/c", "start", "", url } : [url];
        try
        {
            using var process = Process.Start(new ProcessStartInfo(program, arguments) { UseShellExecute = false });
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // No browser opener: the address printed above is enough.
        }
    }
}
