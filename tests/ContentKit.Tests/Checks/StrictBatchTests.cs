using ContentKit.Batch;
using ContentKit.Data;
using ContentKit.Templates;
using ContentKit.Tests.Batch;

namespace ContentKit.Tests.Checks;

/// <summary>Warnings leave a row ok, and <see cref="BatchOptions.Strict"/> makes them fail it, with the image kept as rejected.</summary>
public sealed class StrictBatchTests : IDisposable
{
    private readonly string _folder = TestPaths.NewTempFolder();
    private readonly TemplateLibrary _library = new(TestPaths.Templates);
    private readonly Renderer _renderer;

    public StrictBatchTests()
    {
        // A brand asking for 33 px text: the template sets its labels at that size, but the 32 px body stays below it,
        // small type, a warning and nothing worse.
        var template = _library.Load("pengumuman");
        var brand = _library.LoadBrand(template.Manifest.Brand) with { MinTextSize = new Dictionary<string, float> { ["feed"] = 33 } };
        _renderer = new Renderer(_library, template, new RenderOptions { DataFolder = _folder, Brand = brand });
    }

    public void Dispose() => _renderer.Dispose();

    [Fact]
    public async Task A_row_with_only_warnings_is_ok_and_with_strict_fails_with_its_image_kept_as_rejected()
    {
        var sheet = DataReader.Read(TestSheet.Write(_folder, "agenda.csv", TestSheet.Row("Senam Sehat Bersama Warga")));

        var relaxed = await BatchRunner.RunAsync(_renderer, sheet, new BatchOptions { OutputFolder = Path.Combine(_folder, "a") });
        var strict = await BatchRunner.RunAsync(_renderer, sheet, new BatchOptions { OutputFolder = Path.Combine(_folder, "b"), Strict = true });

        var ok = Assert.Single(relaxed.Rows);
        Assert.Equal(RowStatus.Ok, ok.Status);
        var check = Assert.Single(ok.Checks);
        Assert.False(check.Rejected);
        Assert.Contains(check.Findings, f => f.Kind == ContentKit.Checks.FindingKind.SmallText);
        Assert.DoesNotContain(check.Findings, f => f.IsError);
        Assert.True(File.Exists(Path.Combine(_folder, "a", check.Output)));

        var failed = Assert.Single(strict.Rows);
        Assert.Equal(RowStatus.Failed, failed.Status);
        var rejected = Assert.Single(failed.Checks);
        Assert.Equal(BatchRunner.RejectedName(check.Output), rejected.Output);
        Assert.True(File.Exists(Path.Combine(_folder, "b", rejected.Output)));
        Assert.False(File.Exists(Path.Combine(_folder, "b", check.Output)));
        Assert.Contains("--strict", Assert.Single(failed.Messages), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_image_that_passes_later_replaces_its_rejected_file()
    {
        var sheet = DataReader.Read(TestSheet.Write(_folder, "agenda.csv", TestSheet.Row("Senam Sehat Bersama Warga")));
        var output = Path.Combine(_folder, "out");

        var first = await BatchRunner.RunAsync(_renderer, sheet, new BatchOptions { OutputFolder = output, Strict = true });
        var second = await BatchRunner.RunAsync(_renderer, sheet, new BatchOptions { OutputFolder = output, Force = true });

        var rejected = Assert.Single(Assert.Single(first.Rows).Checks).Output;
        var ready = Assert.Single(Assert.Single(second.Rows).Outputs);
        Assert.True(File.Exists(Path.Combine(output, ready)));
        Assert.False(File.Exists(Path.Combine(output, rejected)), "the stale rejected file is removed");
    }
}
