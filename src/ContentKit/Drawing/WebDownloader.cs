using System.Net;

namespace ContentKit.Drawing;

/// <summary>
/// Downloads one photo within the rules of <see cref="NetworkOptions"/>: one deadline for the whole download (a
/// server sending one byte every few seconds is stopped, not waited for), the size cap enforced while reading,
/// redirects followed only on the same host and only to http or https, and a web page refused as a photo.
/// </summary>
internal sealed class WebDownloader(NetworkOptions options) : IDisposable
{
    private const int MaxRedirects = 5;

    private readonly HttpClient _client = new(new SocketsHttpHandler { AllowAutoRedirect = false, ConnectTimeout = options.Timeout })
    {
        // The deadline is the token's, for the whole download; HttpClient's own time-out would not cover reading the body.
        Timeout = System.Threading.Timeout.InfiniteTimeSpan,
    };

    /// <summary>True for the addresses this downloader fetches: http and https.</summary>
    public static bool IsWebAddress(Uri address) => address.Scheme is "http" or "https";

    /// <summary>
    /// The photo at <paramref name="address"/>, or a null body when <paramref name="cached"/> is still current (304).
    /// Throws <see cref="ContentKitException"/> naming the address; <see cref="OperationCanceledException"/> only when cancelled.
    /// </summary>
    public async Task<(byte[]? Body, WebCacheEntry Entry)> GetAsync(string address, WebCacheEntry? cached, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.Timeout);
        try
        {
            return await FollowAsync(address, cached, deadline.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw Failed(address, Localized.Format(Messages.Web_TooSlow, options.Timeout.TotalSeconds));
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            throw Failed(address, e.Message);
        }
    }

    private async Task<(byte[]? Body, WebCacheEntry Entry)> FollowAsync(string address, WebCacheEntry? cached, CancellationToken cancellationToken)
    {
        var uri = new Uri(address);
        for (var redirects = 0; ; redirects++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            if (cached?.ETag is { } etag)
            {
                request.Headers.TryAddWithoutValidation("If-None-Match", etag);
            }

            if (cached?.LastModified is { } modified)
            {
                request.Headers.TryAddWithoutValidation("If-Modified-Since", modified);
            }

            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var status = (int)response.StatusCode;
            if (response.StatusCode == HttpStatusCode.NotModified && cached is not null)
            {
                return (null, cached);
            }

            if (status is >= 300 and < 400 && response.Headers.Location is { } location)
            {
                uri = Redirect(address, uri, location, redirects);
                continue;
            }

            if (!response.IsSuccessStatusCode)
            {
                throw ContentKitException.WithFix(Localized.Format(Messages.Web_Refused, address, status, response.ReasonPhrase), Messages.Web_Failed_Fix);
            }

            if (response.Content.Headers.ContentLength > options.MaxBytes)
            {
                throw TooLarge(address);
            }

            var body = await ReadAsync(response.Content, address, cancellationToken);
            var type = response.Content.Headers.ContentType?.MediaType;
            if (IsWebPage(type, body))
            {
                throw ContentKitException.WithFix(Localized.Format(Messages.Web_NotPhoto, address, type ?? "HTML"), Messages.Web_NotPhoto_Fix);
            }

            return (body, new WebCacheEntry(address, response.Headers.ETag?.ToString(), response.Content.Headers.LastModified?.ToString("R")));
        }
    }

    private static Uri Redirect(string address, Uri from, Uri location, int redirects)
    {
        var next = location.IsAbsoluteUri ? location : new Uri(from, location);
        if (!IsWebAddress(next))
        {
            throw ContentKitException.WithFix(Localized.Format(Messages.Web_RedirectNotHttp, address, next), Messages.Web_Redirect_Fix);
        }

        if (!string.Equals(next.Host, from.Host, StringComparison.OrdinalIgnoreCase))
        {
            throw ContentKitException.WithFix(Localized.Format(Messages.Web_RedirectOtherHost, address, next), Messages.Web_Redirect_Fix);
        }

        return redirects < MaxRedirects
            ? next
            : throw ContentKitException.WithFix(Localized.Format(Messages.Web_TooManyRedirects, address, MaxRedirects), Messages.Web_Redirect_Fix);
    }

    private async Task<byte[]> ReadAsync(HttpContent content, string address, CancellationToken cancellationToken)
    {
        await using var body = await content.ReadAsStreamAsync(cancellationToken);
        using var memory = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (memory.Length + read > options.MaxBytes)
            {
                throw TooLarge(address);
            }

            memory.Write(buffer, 0, read);
        }

        return memory.ToArray();
    }

    /// <summary>A page instead of a photo: said by its type, or by its first characters when the server says nothing useful.</summary>
    private static bool IsWebPage(string? type, byte[] body)
    {
        if (type is "text/html" or "application/xhtml+xml")
        {
            return true;
        }

        var start = System.Text.Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 64)).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }

    private ContentKitException TooLarge(string address) =>
        ContentKitException.WithFix(Localized.Format(Messages.Web_TooLarge, address, options.MaxBytes / 1048576), Messages.Web_TooLarge_Fix);

    private static ContentKitException Failed(string address, string reason) =>
        ContentKitException.WithFix(Localized.Format(Messages.Web_Failed, address, reason), Messages.Web_Failed_Fix);

    public void Dispose() => _client.Dispose();
}
