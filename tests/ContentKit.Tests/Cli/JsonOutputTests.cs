using System.Text.Json;
using ContentKit.Tests.Batch;

namespace ContentKit.Tests.Cli;

public sealed class JsonOutputTests
{
    [Fact]
    public async Task Json_prints_the_report_to_standard_output_and_nothing_else()
    {
        var folder = TestPaths.NewTempFolder();
        var data = TestSheet.Write(folder, "agenda.csv", TestSheet.Row("Senam Pagi"), TestSheet.Row(""));
        var output = Path.Combine(folder, "out");

        var result = await Contentkit.RenderAsync("--data", data, "--template", "pengumuman", "--out", output, "--json");

        Assert.Equal(1, result.ExitCode);
        using var document = JsonDocument.Parse(result.Output);
        var rows = document.RootElement.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(["ok", "failed"], rows.Select(r => r.GetProperty("status").GetString()));
        Assert.Equal(File.ReadAllText(Path.Combine(output, "report.json")), result.Output);
    }
}
