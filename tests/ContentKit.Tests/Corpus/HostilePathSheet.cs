using System.Diagnostics;
using ContentKit.Tests.Batch;
using ContentKit.Tests.Cli;

namespace ContentKit.Tests.Corpus;

/// <summary>
/// One <c>contentkit render</c> run over photo paths that try to read what is not a photo of the data folder. Its folder:
/// <c>luar/x.jpg</c> outside the data, and in <c>data/</c>: <c>tautan</c> (a link to the folder <c>luar</c>),
/// <c>nol.jpg</c> (a link to <c>/dev/zero</c>), <c>foto/pipa.jpg</c> (a FIFO nobody writes to), <c>rows.csv</c>.
/// </summary>
public sealed class HostilePathSheet : IAsyncLifetime
{
    /// <summary>Spreadsheet row number, photo cell and the fragment of the row's message, English then Indonesian; row 2 is good.</summary>
    public static readonly (int Row, string Foto, string English, string Indonesian)[] Rows =
    [
        (2, "foto/taman.jpg", "", ""),
        (3, "tautan/x.jpg", "leaves the data folder", "keluar dari folder data"),
        (4, "nol.jpg", "leaves the data folder", "keluar dari folder data"),
        (5, "foto/pipa.jpg", "is not a regular file but a named pipe (FIFO)", "bukan berkas biasa melainkan named pipe (FIFO)"),
        (6, "foto", "is a folder, not an image file", "adalah folder, bukan berkas gambar"),
    ];

    public string Root { get; } = TestPaths.NewTempFolder();

    public string DataFolder => Path.Combine(Root, "data");

    public string DataFile => Path.Combine(DataFolder, "rows.csv");

    public string Output => Path.Combine(Root, "out");

    internal CliResult Result { get; private set; } = new(-1, "", "");

    internal IReadOnlyList<ReportRow> Report { get; private set; } = [];

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.Combine(Root, "luar"));
        File.Copy(Path.Combine(TestPaths.Samples, "foto", "bunga.jpg"), Path.Combine(Root, "luar", "x.jpg"));
        TestSheet.AddPhoto(DataFolder);
        Directory.CreateSymbolicLink(Path.Combine(DataFolder, "tautan"), Path.Combine(Root, "luar"));
        File.CreateSymbolicLink(Path.Combine(DataFolder, "nol.jpg"), "/dev/zero");
        MakeFifo(Path.Combine(DataFolder, "foto", "pipa.jpg"));
        TestSheet.Write(DataFolder, "rows.csv", [.. Rows.Select(r => TestSheet.Row($"Acara baris {r.Row}", foto: r.Foto))]);
        Result = await Contentkit.RenderAsync("--data", DataFile, "--template", "pengumuman", "--out", Output);
        Report = File.Exists(Path.Combine(Output, "report.json")) ? ReportFile.Read(Output) : [];
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>Makes a named pipe with the system's <c>mkfifo</c>; fails the test loudly where there is none.</summary>
    public static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { RedirectStandardError = true })
            ?? throw new InvalidOperationException("mkfifo could not be started.");
        mkfifo.WaitForExit();
        Assert.True(mkfifo.ExitCode == 0, $"mkfifo {path} failed: {mkfifo.StandardError.ReadToEnd()}");
    }

    public override string ToString() => $"{Result}\n--- report ---\n{string.Join("\n", Report)}";
}
