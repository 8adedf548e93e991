using ContentKit.Templates;

namespace ContentKit.Tests.Templates;

/// <summary>
/// <c>capaian</c>'s arithmetic: each indicator's share of its target and its status (reached from 100%, close from 75%,
/// behind below), with an indicator where lower is better (<c>arah</c> <c>turun</c>) reached at or below its target; the
/// summary counts the reached ones over the whole table, on every page.
/// </summary>
public sealed class CapaianStatusTests : IDisposable
{
    private static readonly TemplateLibrary Library = new(TestPaths.Templates);

    private readonly Renderer _renderer = new(Library, Library.Load("capaian"), new RenderOptions { DataFolder = TestPaths.Samples });

    [Theory]
    [InlineData(95, 97.2, "naik", "102%", "Tercapai")]
    [InlineData(90, 86.5, "naik", "96%", "Mendekati")]
    [InlineData(75, 50, "naik", "67%", "Perlu perhatian")]
    [InlineData(14, 12.8, "turun", "109%", "Tercapai")]
    [InlineData(14, 16, "turun", "88%", "Mendekati")]
    public void An_indicator_shows_its_share_of_the_target_and_its_status(double target, double realisasi, string arah, string share, string status)
    {
        var markup = Markup("square", (target, realisasi, arah));

        Assert.Contains($">{share}</text>", markup, StringComparison.Ordinal);
        Assert.Contains($">{status}</span>", markup, StringComparison.Ordinal);
    }

    [Fact]
    public void The_summary_counts_reached_indicators_over_the_whole_table_on_every_page()
    {
        // Four indicators, two reached; square holds three a page, so the second page has one of them and still says 2 of 4.
        var pages = Pages("square", (100, 100, "naik"), (100, 50, "naik"), (10, 8, "turun"), (100, 99, "naik"));

        Assert.Equal(2, pages.Count);
        Assert.All(pages, markup => Assert.Contains(">2<span", markup, StringComparison.Ordinal));
        Assert.All(pages, markup => Assert.Contains("> dari 4</span>", markup, StringComparison.Ordinal));
    }

    [Fact]
    public void A_bar_past_its_target_stops_at_the_full_width()
    {
        var markup = Markup("feed", (1200, 1340, "naik"));

        Assert.Contains("<box width=\"100%\" height=\"100%\"", markup, StringComparison.Ordinal);
        Assert.Contains(">112%</text>", markup, StringComparison.Ordinal);
    }

    private string Markup(string format, params (double Target, double Realisasi, string Arah)[] table) => Pages(format, table)[0];

    private List<string> Pages(string format, params (double Target, double Realisasi, string Arah)[] table)
    {
        var rows = table.Select((r, i) => _renderer.Bind(
            new Dictionary<string, object?> { ["indikator"] = $"Indikator {i + 1}", ["target"] = r.Target, ["realisasi"] = r.Realisasi, ["satuan"] = "%", ["arah"] = r.Arah },
            rowNumber: i + 2)).ToList();
        Assert.All(rows, row => Assert.True(row.IsValid, string.Join("; ", row.Errors)));
        var output = _renderer.Template.Format(format);
        return [.. _renderer.Template.Plan(rows, output).Select(unit => _renderer.RenderMarkup(unit, output))];
    }

    public void Dispose() => _renderer.Dispose();
}
