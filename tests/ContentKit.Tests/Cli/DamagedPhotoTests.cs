using System.Buffers.Binary;
using System.Text;
using ContentKit.Tests.Batch;

namespace ContentKit.Tests.Cli;

/// <summary>
/// Photos damaged in ways the image decoder reports with exceptions other than "damaged image": each must
/// fail its own row with a message naming row and column, never stop the batch.
/// </summary>
public class DamagedPhotoTests
{
    private readonly string _folder = TestPaths.NewTempFolder();

    public static TheoryData<string, byte[]> Photos => new()
    {
        { "header-size.bmp", BmpWithHeaderSize(-1) },
        { "vp8.webp", WebpWithoutVp8StartCode() },
        { "negative-width.png", Png.Claiming(-5, 100) },
    };

    [Theory]
    [MemberData(nameof(Photos))]
    public async Task A_photo_the_decoder_rejects_fails_only_its_own_row(string file, byte[] bytes)
    {
        var photo = Path.Combine(_folder, "foto", file);
        Directory.CreateDirectory(Path.GetDirectoryName(photo)!);
        await File.WriteAllBytesAsync(photo, bytes);
        var data = TestSheet.Write(_folder, "agenda.csv", TestSheet.Row("Senam Sehat Bersama Warga"), TestSheet.Row("Foto rusak", foto: $"foto/{file}"));
        var output = Path.Combine(_folder, "out");

        var result = await Contentkit.RenderAsync("--data", data, "--template", "pengumuman", "--out", output);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.True(File.Exists(Path.Combine(output, "report.json")), result.ToString());
        var report = ReportFile.Read(output);
        Assert.Equal("ok", report.Row(2).Status);
        Assert.Equal("failed", report.Row(3).Status);
        var message = Assert.Single(report.Row(3).Messages);
        Assert.Contains("row 3", message, StringComparison.Ordinal);
        Assert.Contains("column 'foto'", message, StringComparison.Ordinal);
        Assert.DoesNotContain("unexpected error", message, StringComparison.Ordinal);
    }

    /// <summary>A BMP file header followed by an info header whose size field is impossible.</summary>
    private static byte[] BmpWithHeaderSize(int size)
    {
        var bmp = new byte[128];
        bmp[0] = (byte)'B';
        bmp[1] = (byte)'M';
        BinaryPrimitives.WriteInt32LittleEndian(bmp.AsSpan(2), bmp.Length);
        BinaryPrimitives.WriteInt32LittleEndian(bmp.AsSpan(10), 54);
        BinaryPrimitives.WriteInt32LittleEndian(bmp.AsSpan(14), size);
        return bmp;
    }

    /// <summary>A RIFF/WEBP container whose lossy "VP8 " chunk lacks the VP8 key-frame start code.</summary>
    private static byte[] WebpWithoutVp8StartCode()
    {
        var chunk = new byte[32];
        var webp = new List<byte>();
        webp.AddRange(Encoding.ASCII.GetBytes("RIFF"));
        webp.AddRange(BitConverter.GetBytes(4 + 8 + chunk.Length));
        webp.AddRange(Encoding.ASCII.GetBytes("WEBPVP8 "));
        webp.AddRange(BitConverter.GetBytes(chunk.Length));
        webp.AddRange(chunk);
        return [.. webp];
    }
}
