using System.Text;
using ContentKit.Tests.Batch;
using ContentKit.Tests.Cli;
using Xunit.Abstractions;

namespace ContentKit.Tests.Corpus;

/// <summary>
/// Inputs too big to commit, generated here: each must fail clearly without taking the memory its size suggests.
/// Runs alone so other tests do not blur the peak working set.
/// </summary>
[Collection(RunsAlone.Name)]
public class HugeInputCorpusTests(ITestOutputHelper log)
{
    private const long Megabyte = 1024 * 1024;

    private readonly string _folder = TestPaths.NewTempFolder();

    [Fact]
    public async Task A_100_MB_cell_fails_clearly_without_600_MB_of_memory()
    {
        var data = Path.Combine(_folder, "raksasa.csv");
        WriteSheetWithHugeTitle(data, 100 * Megabyte);
        var output = Path.Combine(_folder, "out");
        var before = PeakMemory.Reset();

        var result = await Contentkit.RenderAsync("--data", data, "--template", "pengumuman", "--out", output);

        var growth = PeakMemory.Read() - before;
        File.Delete(data);
        log.WriteLine($"peak grew {growth / Megabyte} MB\n{result}");
        Assert.True(growth < 600 * Megabyte, $"peak grew {growth / Megabyte} MB\n{result}");
        // The reader stops at the cell limit (32,767 characters, Excel's own) while reading: a file error naming the
        // row and column, exit 2, and the 100 MB are never held.
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("row 3, column 'A'", result.Error, StringComparison.Ordinal);
        Assert.Contains("32,767", result.Error, StringComparison.Ordinal);
        Assert.True(result.Error.Length < 2000, $"The message repeats the cell: {result.Error.Length} characters.");
    }

    [Fact]
    public async Task A_png_claiming_60000_by_60000_pixels_is_refused_before_decoding()
    {
        CorpusFiles.CopyTo("photos/giant-ihdr.png", Path.Combine(_folder, "foto"));
        var data = TestSheet.Write(_folder, "agenda.csv", TestSheet.Row("Foto raksasa", foto: "foto/giant-ihdr.png"));
        var before = PeakMemory.Reset();

        var result = await Contentkit.RenderAsync("--data", data, "--template", "pengumuman", "--out", Path.Combine(_folder, "out"));

        // Decoding what the header claims would take 60000 × 60000 × 4 bytes ≈ 13 GB.
        Assert.True(PeakMemory.Read() - before < 600 * Megabyte, result.ToString());
        Assert.True(result.ExitCode == 1, result.ToString());
    }

    /// <summary>A pengumuman sheet: row 2 good, row 3 with a title of <paramref name="bytes"/> ASCII letters, streamed to disk.</summary>
    private static void WriteSheetWithHugeTitle(string path, long bytes)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 20);
        writer.Write(string.Join(';', TestSheet.Columns) + "\r\n");
        writer.Write(string.Join(';', TestSheet.Row("Senam Sehat Bersama Warga")) + "\r\n");
        var block = new string('a', 1 << 20);
        for (long written = 0; written < bytes; written += block.Length)
        {
            writer.Write(block);
        }

        writer.Write(";05/07/2026;06.00 WIB;Alun-alun;Dinas Kominfo;Terbuka;;;\r\n");
    }
}
