using System.Security.Cryptography;
using System.Text;
using ContentKit.Output;

namespace ContentKit.Drawing;

/// <summary>
/// Fetches photos given as web addresses into the cache folder (once per address), refusing slow, huge or
/// failed downloads with a message that names the address. Thread-safe.
/// </summary>
internal sealed class WebImages(NetworkOptions options) : IDisposable
{
    /// <summary>The prefix of image references to downloaded files.</summary>
    public const string Scheme = "web";

    private readonly HttpClient _client = new() { Timeout = options.Timeout };

    public string CacheFolder => options.CacheFolder;

    /// <summary>The reference (<c>web:…</c>) of the downloaded file.</summary>
    public string Fetch(string address)
    {
        var name = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(address)))[..32].ToLowerInvariant() + ".img";
        var path = Path.Combine(options.CacheFolder, name);
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(options.CacheFolder);
            var bytes = Download(address);
            AtomicFile.WriteAsync(path, (stream, ct) => stream.WriteAsync(bytes, ct).AsTask()).GetAwaiter().GetResult();
        }

        return $"{Scheme}:{name}";
    }

    private byte[] Download(string address)
    {
        try
        {
            using var response = _client.Send(new HttpRequestMessage(HttpMethod.Get, address), HttpCompletionOption.ResponseHeadersRead);
            if (!response.IsSuccessStatusCode)
            {
                throw ContentKitException.WithFix(
                    Localized.Format(Messages.Web_Refused, address, (int)response.StatusCode, response.ReasonPhrase), Messages.Web_Failed_Fix);
            }

            using var body = response.Content.ReadAsStream();
            using var memory = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = body.Read(buffer)) > 0)
            {
                memory.Write(buffer, 0, read);
                if (memory.Length > options.MaxBytes)
                {
                    throw ContentKitException.WithFix(Localized.Format(Messages.Web_TooLarge, address, options.MaxBytes / 1048576), Messages.Web_TooLarge_Fix);
                }
            }

            return memory.ToArray();
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            var reason = e is TaskCanceledException ? Localized.Format(Messages.Web_NoAnswer, options.Timeout.TotalSeconds) : e.Message;
            throw ContentKitException.WithFix(Localized.Format(Messages.Web_Failed, address, reason), Messages.Web_Failed_Fix);
        }
    }

    public void Dispose() => _client.Dispose();
}
