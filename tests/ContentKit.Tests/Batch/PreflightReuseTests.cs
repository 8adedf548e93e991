using ContentKit.Batch;
using ContentKit.Data;
using ContentKit.Output;
using ContentKit.Templates;

namespace ContentKit.Tests.Batch;

/// <summary>The batch's preflight lays out the first output to catch template errors; that layout then renders the output.</summary>
public sealed class PreflightReuseTests : IDisposable
{
    private readonly string _folder = TestPaths.NewTempFolder();

    [Fact]
    public async Task A_batch_lays_out_each_output_once_the_preflight_s_layout_renders_the_first()
    {
        var library = new TemplateLibrary(TestPaths.Templates);
        using var renderer = new Renderer(library, library.Load("pengumuman"), new RenderOptions { DataFolder = _folder });
        var sheet = DataReader.Read(TestSheet.Write(
            _folder, "agenda.csv", TestSheet.Row("Senam Sehat Bersama Warga"), TestSheet.Row("Pelayanan KTP Keliling"), TestSheet.Row("Festival Kuliner Kampung")));
        var output = Path.Combine(_folder, "out");

        var report = await BatchRunner.RunAsync(renderer, sheet, new BatchOptions { OutputFolder = output, MaxParallelism = 2 });

        Assert.Equal((3, 0), (report.Succeeded, report.Failed));
        Assert.Equal(3, renderer.Layouts);
        // The first output, drawn from the preflight's layout, is the image a layout of its own gives.
        var first = Directory.GetFiles(output, "002-*.png").Single();
        using var alone = new MemoryStream();
        renderer.Render(renderer.Bind(sheet.Rows[0], "agenda.csv"), renderer.Template.Format("feed"), OutputType.Png, alone);
        Assert.Equal(alone.ToArray(), File.ReadAllBytes(first));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
