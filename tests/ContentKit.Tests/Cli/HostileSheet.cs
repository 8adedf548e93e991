using System.Diagnostics;
using ContentKit.Tests.Batch;

namespace ContentKit.Tests.Cli;

/// <summary>
/// A spreadsheet mixing good rows with bad and hostile ones, rendered once with the command line.
/// Its folder: <c>outside.jpg</c>, <c>data/hostile.csv</c>, <c>data/foto/…</c> and the output folder <c>out/</c>.
/// </summary>
public sealed class HostileSheet : IAsyncLifetime
{
    public const string MarkupCharacters = "<b>Tom & \"Jerry\"</b>";
    public const string TemplateSyntax = "{{ 6*7 }}";

    // Spreadsheet row numbers (the header is row 1).
    public const int GoodWithPhoto = 2;
    public const int MarkupTitle = 3;
    public const int ScribanTitle = 4;
    public const int PhotoOutside = 5;
    public const int EmptyTitle = 6;
    public const int CorruptJpeg = 7;
    public const int GiantPng = 8;
    public const int GoodWithoutPhoto = 9;

    public static readonly int[] GoodRows = [GoodWithPhoto, MarkupTitle, ScribanTitle, GoodWithoutPhoto];

    private const long Megabyte = 1024 * 1024;

    public string Root { get; } = TestPaths.NewTempFolder();

    public string DataFolder => Path.Combine(Root, "data");

    public string Output => Path.Combine(Root, "out");

    public string DataFile { get; private set; } = "";

    internal CliResult Result { get; private set; } = new(-1, "", "");

    internal IReadOnlyList<ReportRow> Report { get; private set; } = [];

    /// <summary>How much the process's peak working set rose during the run.</summary>
    public long PeakGrowthBytes { get; private set; }

    public async Task InitializeAsync()
    {
        File.Copy(Path.Combine(TestPaths.Samples, "foto", "bunga.jpg"), Path.Combine(Root, "outside.jpg"));
        var photo = TestSheet.AddPhoto(DataFolder);
        var random = new Random(20260705);
        var corrupt = new byte[8192];
        random.NextBytes(corrupt);
        await File.WriteAllBytesAsync(Path.Combine(DataFolder, "foto", "rusak.jpg"), corrupt);
        await File.WriteAllBytesAsync(Path.Combine(DataFolder, "foto", "raksasa.png"), Png.Claiming(60_000, 60_000));

        DataFile = TestSheet.Write(
            DataFolder,
            "hostile.csv",
            TestSheet.Row("Senam Sehat Bersama Warga", foto: photo),
            TestSheet.Row(MarkupCharacters),
            TestSheet.Row(TemplateSyntax),
            TestSheet.Row("Foto di luar folder", foto: "../outside.jpg"),
            TestSheet.Row(""),
            TestSheet.Row("Foto rusak", foto: "foto/rusak.jpg"),
            TestSheet.Row("Foto raksasa", foto: "foto/raksasa.png"),
            TestSheet.Row("Pelayanan KTP Keliling", tanggal: "21/07/2026", tempat: "Kantor Kecamatan Sananwetan"));

        var peakBefore = PeakWorkingSet(reset: true);
        Result = await Contentkit.RenderAsync("--data", DataFile, "--template", "pengumuman", "--out", Output);
        PeakGrowthBytes = PeakWorkingSet(reset: false) - peakBefore;
        Report = File.Exists(Path.Combine(Output, "report.json")) ? ReportFile.Read(Output) : [];
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public override string ToString() => $"{Result}\n--- report ---\n{string.Join("\n", Report)}\npeak growth {PeakGrowthBytes / Megabyte} MB";

    /// <summary>
    /// The peak working set. On Linux the kernel's high-water mark is first reset (writing 5 to
    /// /proc/self/clear_refs), so earlier tests' peaks cannot hide this run's.
    /// </summary>
    private static long PeakWorkingSet(bool reset)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        if (reset && OperatingSystem.IsLinux())
        {
            try
            {
                File.WriteAllText("/proc/self/clear_refs", "5");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Not resettable here: the growth is then measured from the earlier peak, which only makes the check weaker.
            }
        }

        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }
}
