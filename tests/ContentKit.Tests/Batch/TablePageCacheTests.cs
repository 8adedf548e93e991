using ContentKit.Tests.Cli;
using ContentKit.Tests.Visual;

namespace ContentKit.Tests.Batch;

/// <summary>Pages of a table print the whole table's figures, so a change on one page is a change of every page.</summary>
public sealed class TablePageCacheTests
{
    private readonly string _folder = TestPaths.NewTempFolder();

    [Fact]
    public async Task Editing_a_row_on_the_last_page_renders_the_first_page_again_with_the_new_total()
    {
        var output = Path.Combine(_folder, "out");
        var first = Path.Combine(output, "statistik-1-feed.png");
        await Render(ThirtyRowTable.Jumlah(29));
        var before = File.ReadAllBytes(first);

        // Kalipucung's value is the 21st largest: it stays on page 3, while the total printed on page 1 changes.
        var again = await Render(ThirtyRowTable.Jumlah(29) + 1);

        Assert.NotEqual(before, File.ReadAllBytes(first));
    }

    private async Task<CliResult> Render(double lastValue)
    {
        var rows = ThirtyRowTable.Kelurahan.Select((name, i) => new[] { name, (i == 29 ? lastValue : ThirtyRowTable.Jumlah(i)).ToString(System.Globalization.CultureInfo.InvariantCulture) }).ToArray();
        var data = TestSheet.WriteWithHeader(_folder, "statistik.csv", ["wilayah", "jumlah"], rows);
        var result = await Contentkit.RenderAsync("--data", data, "--template", "statistik", "--format", "feed", "--out", Path.Combine(_folder, "out"));
        Assert.True(result.ExitCode == 0, result.ToString());
        return result;
    }
}
