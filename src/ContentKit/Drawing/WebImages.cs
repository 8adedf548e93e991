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
                throw new FormatException($"Downloading '{address}' failed: the server answered {(int)response.StatusCode} {response.ReasonPhrase}. Check the address, or save the photo beside the spreadsheet.");
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
                    throw new FormatException($"Downloading '{address}' stopped: it is larger than {options.MaxBytes / 1048576} MB. Save a smaller copy beside the spreadsheet.");
                }
            }

            return memory.ToArray();
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            throw new FormatException($"Downloading '{address}' failed ({(e is TaskCanceledException ? $"no answer within {options.Timeout.TotalSeconds:0} s" : e.Message)}). Check the address, or save the photo beside the spreadsheet.");
        }
    }

    public void Dispose() => _client.Dispose();
}
