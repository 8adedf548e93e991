using ContentKit.Tests.Batch;
using ContentKit.Tests.Cli;

namespace ContentKit.Tests.Corpus;

/// <summary>
/// One <c>contentkit render</c> run over a sheet of hostile cells among good rows. Its folder: <c>x.jpg</c> (outside
/// the data), <c>data/rows.csv</c>, <c>data/foto/…</c> and the output folder <c>out/</c>.
/// </summary>
public sealed class HostileRowSheet : IAsyncLifetime
{
    /// <summary>Spreadsheet row number (the header is row 1), title, photo cell; in sheet order.</summary>
    public static readonly (int Row, string Judul, string Foto)[] Rows =
    [
        (2, "Senam Sehat Bersama Warga", "foto/taman.jpg"),
        (3, "Foto naik folder", "../x.jpg"),
        (4, "Foto dari sistem", "/etc/passwd"),
        (5, "Foto naik folder Windows", "..\\x.jpg"),
        (6, "<b>Tom & \"Jerry\"</b>", ""),
        (7, "Harga & \"diskon\" 50%", ""),
        (8, "{{ 6*7 }} {{ end }}", ""),
        (9, "Pelayanan KTP Keliling", ""),
    ];

    public string Root { get; } = TestPaths.NewTempFolder();

    public string DataFolder => Path.Combine(Root, "data");

    public string DataFile => Path.Combine(DataFolder, "rows.csv");

    public string Output => Path.Combine(Root, "out");

    internal CliResult Result { get; private set; } = new(-1, "", "");

    internal IReadOnlyList<ReportRow> Report { get; private set; } = [];

    public async Task InitializeAsync()
    {
        File.Copy(Path.Combine(TestPaths.Samples, "foto", "bunga.jpg"), Path.Combine(Root, "x.jpg"));
        TestSheet.AddPhoto(DataFolder);
        TestSheet.Write(DataFolder, "rows.csv", [.. Rows.Select(r => TestSheet.Row(r.Judul, foto: r.Foto))]);
        Result = await Contentkit.RenderAsync("--data", DataFile, "--template", "pengumuman", "--out", Output);
        Report = File.Exists(Path.Combine(Output, "report.json")) ? ReportFile.Read(Output) : [];
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public override string ToString() => $"{Result}\n--- report ---\n{string.Join("\n", Report)}";
}
