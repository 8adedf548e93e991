using System.Diagnostics;
using ContentKit.Drawing;

namespace ContentKit.Tests.Photos;

/// <summary>Only regular files are read as photos, and never past the size limit.</summary>
public sealed class PhotoFileTests : IDisposable
{
    private readonly PhotoFolder _photos = new(ImageLimits.Default with { MaxFileBytes = 1024 * 1024 });

    [Fact]
    public async Task A_pipe_named_like_a_photo_fails_at_once_instead_of_waiting_for_a_writer()
    {
        var pipe = Path.Combine(_photos.Path, "foto.jpg");
        using (var mkfifo = Process.Start("mkfifo", pipe))
        {
            await mkfifo.WaitForExitAsync();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        // Opening the pipe would block until someone writes to it; the deadline only stops a broken test from hanging.
        var error = await Task.Run(() => _photos.Failure("foto.jpg")).WaitAsync(TimeSpan.FromSeconds(60));

        // The asset resolver tells it by its kind before the decoder would open it.
        Assert.Contains("is not a regular file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_named_like_a_photo_is_not_read()
    {
        Directory.CreateDirectory(Path.Combine(_photos.Path, "foto.jpg"));

        var error = _photos.Failure("foto.jpg");

        Assert.Contains("is a folder, not an image file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_file_is_not_a_photo()
    {
        var error = _photos.Failure(_photos.Write("kosong.jpg", []));

        Assert.Contains("names an empty file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_before_it_is_read()
    {
        var error = _photos.Failure(_photos.Write("besar.jpg", new byte[3 * 1024 * 1024]));

        Assert.Contains("The image is 3 MB; the limit is 1 MB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_photo_says_so()
    {
        var error = _photos.Failure("hilang.jpg");

        Assert.Contains("The image file does not exist", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _photos.Dispose();
}
