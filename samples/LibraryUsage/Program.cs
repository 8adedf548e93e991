// Renders one announcement from values in code, and a whole spreadsheet as a batch, with the ContentKit library.
// Usage: dotnet run --project samples/LibraryUsage -- [templates folder] [output folder]
// Without a templates folder it uses the built-in templates, copied beside the program from the ContentKit package.
using ContentKit;
using ContentKit.Batch;
using ContentKit.Data;
using ContentKit.Output;
using ContentKit.Templates;

var outputFolder = args.Length > 1 ? args[1] : "out/library-usage";
Directory.CreateDirectory(outputFolder);

var library = args.Length > 0 ? new TemplateLibrary(args[0]) : TemplateLibrary.Default();
var template = library.Load("pengumuman");

// One image from values in code.
using (var renderer = new Renderer(library, template))
{
    var row = renderer.Bind(new Dictionary<string, object?>
    {
        ["judul"] = "Rapat Koordinasi Admin Media Sosial",
        ["tanggal"] = new DateTime(2026, 12, 3),
        ["waktu"] = "09.00 - 12.00 WIB",
        ["tempat"] = "Ruang Rapat Diskominfo Kota Blitar",
        ["isi"] = "Seluruh admin media sosial perangkat daerah diundang membahas kalender konten tahun depan.",
    });
    if (!row.IsValid)
    {
        foreach (var error in row.Errors)
        {
            Console.Error.WriteLine(error);
        }

        return 1;
    }

    var path = Path.Combine(outputFolder, "rapat-koordinasi.png");
    await AtomicFile.WriteAsync(path, (stream, ct) =>
    {
        renderer.Render(row, template.Format("feed"), OutputType.Png, stream, ct);
        return Task.CompletedTask;
    });
    Console.WriteLine($"Wrote {path}");
}

// A whole spreadsheet, with progress and Ctrl+C cancellation.
var sheet = DataReader.Read(Path.Combine("samples", "pengumuman.xlsx"));
using var batchRenderer = new Renderer(library, template, new RenderOptions { DataFolder = Path.GetDirectoryName(Path.GetFullPath(sheet.SourcePath)) });
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
var report = await BatchRunner.RunAsync(
    batchRenderer,
    sheet,
    new BatchOptions { OutputFolder = Path.Combine(outputFolder, "batch"), Formats = ["square"] },
    new Progress<BatchProgress>(p => Console.WriteLine($"{p.Done}/{p.Total} rows")),
    cancel.Token);
Console.WriteLine($"{report.Succeeded} rendered, {report.Failed} failed.");
return report.Failed == 0 ? 0 : 1;
