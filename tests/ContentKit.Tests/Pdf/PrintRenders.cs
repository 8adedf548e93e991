using ContentKit.Tests.Cli;

namespace ContentKit.Tests.Pdf;

/// <summary>
/// samples/pengumuman rows 2 and 3 rendered once as A4 PDFs with <c>--pdf-combine</c>, again with <c>--force</c> into another
/// folder, and as A4 PNGs: the files the PDF tests read back.
/// </summary>
public sealed class PrintRenders : IAsyncLifetime
{
    public string Folder { get; } = TestPaths.NewTempFolder();

    public string Pdf => Path.Combine(Folder, "pdf");

    public string PdfAgain => Path.Combine(Folder, "pdf-again");

    public string Png => Path.Combine(Folder, "png");

    internal CliResult First { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        string[] rows = ["--data", Path.Combine(TestPaths.Samples, "pengumuman.csv"), "--template", "pengumuman", "--rows", "2-3", "--format", "a4"];
        First = await Contentkit.RenderAsync([.. rows, "--type", "pdf", "--pdf-combine", "--out", Pdf]);
        var again = await Contentkit.RenderAsync([.. rows, "--type", "pdf", "--pdf-combine", "--force", "--out", PdfAgain]);
        Assert.True(again.ExitCode == 0, again.ToString());
        var png = await Contentkit.RenderAsync([.. rows, "--out", Png]);
        Assert.True(png.ExitCode == 0, png.ToString());
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
