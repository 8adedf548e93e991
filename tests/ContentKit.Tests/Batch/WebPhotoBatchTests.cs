using ContentKit.Batch;
using ContentKit.Data;
using ContentKit.Drawing;
using ContentKit.Templates;

namespace ContentKit.Tests.Batch;

/// <summary>
/// A batch whose rows name hostile web photos (slow, endless, redirecting away, a web page): each such row fails alone
/// with a message naming its address, within the download deadline, while the other rows render; Ctrl+C stops a download.
/// </summary>
public sealed class WebPhotoBatchTests : IDisposable
{
    private readonly HostilePhotoServer _server = new();
    private readonly string _folder = TestPaths.NewTempFolder();
    private readonly string _cache = TestPaths.NewTempFolder();
    private readonly TemplateLibrary _library = new(TestPaths.Templates);

    public void Dispose() => _server.Dispose();

    /// <summary>Each hostile photo (path on the test server, or a whole address) and its message in English and Indonesian; {0} is its address, {1} the server's port.</summary>
    public static TheoryData<string, string, string> Hostile => new()
    {
        { "lambat.jpg", "Downloading '{0}' failed (not finished within 3 s).", "Pengunduhan '{0}' gagal (tidak selesai dalam 3 detik)." },
        { "tanpa-akhir.jpg", "Downloading '{0}' stopped: it is larger than 1 MB.", "Pengunduhan '{0}' dihentikan: ukurannya lebih dari 1 MB." },
        {
            "pindah-host.jpg",
            "'{0}' redirected to another host, 'http://localhost:{1}/foto.jpg'; redirects are followed only on the same host.",
            "'{0}' dialihkan ke host lain, 'http://localhost:{1}/foto.jpg'; pengalihan hanya diikuti pada host yang sama."
        },
        {
            "pindah-berkas.jpg",
            "'{0}' redirected to 'file:///etc/passwd', which is not an http or https address; the redirect was not followed.",
            "'{0}' dialihkan ke 'file:///etc/passwd', yang bukan alamat http atau https; pengalihan tidak diikuti."
        },
        { "halaman.jpg", "'{0}' is a web page (text/html), not a photo.", "'{0}' adalah halaman web (text/html), bukan foto." },
        {
            "ftp://127.0.0.1/foto.jpg",
            "'{0}' is not an http:// or https:// address; photos are downloaded only over http and https.",
            "'{0}' bukan alamat http:// atau https://; foto hanya diunduh melalui http dan https."
        },
        {
            "file:///etc/hostname",
            "'{0}' is not an http:// or https:// address; photos are downloaded only over http and https.",
            "'{0}' bukan alamat http:// atau https://; foto hanya diunduh melalui http dan https."
        },
    };

    [Theory]
    [InlineData("en")]
    [InlineData("id")]
    public async Task Hostile_web_photos_fail_only_their_rows_each_with_its_message_while_the_other_rows_render(string language)
    {
        var hostile = Hostile.Select(c => ((string)c[0], (string)c[1], (string)c[2])).ToList();
        var rows = new List<string[]> { TestSheet.Row("Foto Biasa", foto: _server.Address + "foto.jpg"), TestSheet.Row("Tanpa Foto"), TestSheet.Row("Pindah di Host yang Sama", foto: _server.Address + "pindah-sini.jpg") };
        rows.AddRange(hostile.Select((h, i) => TestSheet.Row($"Foto Nakal {i}", foto: Address(h.Item1))));
        var sheet = DataReader.Read(TestSheet.Write(_folder, "data.csv", [.. rows]));
        using var renderer = Renderer(revalidate: false);
        using var ui = language == "id" ? UiLanguage.Indonesian() : UiLanguage.English();

        var report = await BatchRunner.RunAsync(renderer, sheet, new BatchOptions { OutputFolder = Path.Combine(_folder, "out") });

        Assert.Equal([RowStatus.Ok, RowStatus.Ok, RowStatus.Ok], report.Rows.Take(3).Select(r => r.Status));
        Assert.All(report.Rows.Take(3), r => Assert.True(File.Exists(Path.Combine(_folder, "out", Assert.Single(r.Outputs)))));
        for (var i = 0; i < hostile.Count; i++)
        {
            var row = report.Rows[3 + i];
            var (photo, english, indonesian) = hostile[i];
            var expected = string.Format(System.Globalization.CultureInfo.InvariantCulture, language == "id" ? indonesian : english, Address(photo), _server.Port);
            Assert.Equal(RowStatus.Failed, row.Status);
            Assert.True(row.Messages.Any(m => m.Contains(expected, StringComparison.Ordinal) && m.Contains("'foto'", StringComparison.Ordinal)), $"row {row.Row}: {string.Join(" | ", row.Messages)}");
        }

        Assert.Equal(0, _server.Requests("/etc/passwd"));
        Assert.False(_server.SlowFinished);
    }

    [Fact]
    public async Task Cancelling_while_a_photo_downloads_slowly_stops_the_batch_without_waiting_for_the_download_deadline()
    {
        var sheet = DataReader.Read(TestSheet.Write(_folder, "data.csv", TestSheet.Row("Lambat", foto: _server.Address + "lambat.jpg"), TestSheet.Row("Tanpa Foto")));
        // The default deadline (15 s): ending at it would finish the batch with a failed row, not as cancelled.
        using var renderer = new Renderer(_library, _library.Load("pengumuman"), new RenderOptions { DataFolder = _folder, Network = new NetworkOptions { CacheFolder = _cache } });
        using var cancellation = new CancellationTokenSource();

        var run = BatchRunner.RunAsync(renderer, sheet, new BatchOptions { OutputFolder = Path.Combine(_folder, "out") }, null, cancellation.Token);
        await _server.SlowStarted.WaitAsync(TimeSpan.FromSeconds(60));
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        Assert.False(_server.SlowFinished);
        Assert.Empty(Directory.GetFiles(_cache));
    }

    [Fact]
    public void A_cached_photo_is_not_fetched_again_and_force_revalidates_it_with_its_etag()
    {
        var photo = new Dictionary<string, object?> { ["judul"] = "Foto", ["tanggal"] = "05/07/2026", ["foto"] = _server.Address + "foto.jpg" };
        using (var first = Renderer(revalidate: false))
        {
            Assert.True(first.Bind(photo).IsValid);
        }

        using (var again = Renderer(revalidate: false))
        {
            Assert.True(again.Bind(photo).IsValid);
        }

        Assert.Equal(1, _server.Requests("/foto.jpg"));
        using (var forced = Renderer(revalidate: true))
        {
            Assert.True(forced.Bind(photo).IsValid);
        }

        Assert.Equal((2, 1), (_server.Requests("/foto.jpg"), _server.Requests("304 /foto.jpg")));
        _server.ETag = "\"v2\"";
        using (var edited = Renderer(revalidate: true))
        {
            Assert.True(edited.Bind(photo).IsValid);
        }

        Assert.Equal((3, 1), (_server.Requests("/foto.jpg"), _server.Requests("304 /foto.jpg")));
        Assert.Contains("v2", File.ReadAllText(Assert.Single(Directory.GetFiles(_cache, "*.json"))), StringComparison.Ordinal);
    }

    [Fact]
    public void The_download_cache_is_the_users_own_not_the_shared_temp_folder()
    {
        var folder = new NetworkOptions().CacheFolder;

        Assert.False(folder.StartsWith(Path.GetTempPath(), StringComparison.Ordinal), folder);
        Assert.EndsWith(Path.Combine("contentkit", "downloads"), folder, StringComparison.Ordinal);
        var home = Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg ? xdg : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        Assert.Equal(Path.Combine(home, "contentkit", "downloads"), folder);
    }

    private string Address(string photo) => photo.Contains("://", StringComparison.Ordinal) ? photo : _server.Address + photo;

    private Renderer Renderer(bool revalidate) => new(_library, _library.Load("pengumuman"), new RenderOptions
    {
        DataFolder = _folder,
        Network = new NetworkOptions { CacheFolder = _cache, Timeout = TimeSpan.FromSeconds(3), MaxBytes = 1024 * 1024, Revalidate = revalidate },
    });
}
