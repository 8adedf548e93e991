using ContentKit.Data;
using ContentKit.Templates;
using ContentKit.Tests.Cli;

namespace ContentKit.Tests.Templates;

/// <summary>
/// <c>job.hari_ini</c>: today's date for a template that declares it empty (hitung-mundur), from the renderer's clock
/// unless <c>--set hari_ini=…</c> fixes it, and part of every output's fingerprint so tomorrow's run renders again.
/// </summary>
public sealed class TodayValueTests
{
    private static readonly TemplateLibrary Library = new(TestPaths.Templates);

    private readonly string _folder = TestPaths.NewTempFolder();

    [Fact]
    public void A_template_that_declares_hari_ini_empty_counts_from_the_clocks_local_date()
    {
        // 23.30 WIB on 9 August is 16.30 UTC: the local date, not the UTC one, is "today".
        using var renderer = Renderer(new RenderOptions { Clock = new FixedClock(new DateTime(2026, 8, 9, 23, 30, 0)) });

        Assert.Equal("2026-08-09", renderer.Values["hari_ini"]);
        Assert.Contains("8 hari lagi", Markup(renderer, new DateTime(2026, 8, 17)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-08-10", "7 hari lagi")]
    [InlineData("2026-08-16", "Besok!")]
    [InlineData("2026-08-17", "Hari ini")]
    [InlineData("2026-08-20", "Sudah berlangsung")]
    public void A_set_hari_ini_wins_over_the_clock(string today, string expected)
    {
        using var renderer = Renderer(new RenderOptions { Clock = FixedClock.SampleDay, Values = new Dictionary<string, string> { ["hari_ini"] = today } });

        Assert.Equal(today, renderer.Values["hari_ini"]);
        Assert.Contains(expected, Markup(renderer, new DateTime(2026, 8, 17)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_that_does_not_declare_hari_ini_gets_no_date_so_its_outputs_do_not_change_by_day()
    {
        using var renderer = new Renderer(Library, Library.Load("pengumuman"), new RenderOptions { Clock = FixedClock.SampleDay });

        Assert.False(renderer.Values.ContainsKey("hari_ini"));
    }

    [Fact]
    public async Task Another_hari_ini_renders_the_countdown_again_and_the_same_one_skips_it()
    {
        var data = Path.Combine(_folder, "acara.csv");
        File.WriteAllText(data, "acara;tanggal;tempat\nBlitar Fun Run 5K;17/08/2026;Stadion Soepriadi\n");
        var output = Path.Combine(_folder, "out");
        async Task<string> Run(string today)
        {
            var result = await Contentkit.RenderAsync("--data", data, "--template", "hitung-mundur", "--format", "square", "--out", output, "--set", $"hari_ini={today}");
            Assert.True(result.ExitCode == 0, result.ToString());
            return ReportFile.Read(output).Row(2).Status;
        }

        Assert.Equal("ok", await Run("2026-08-10"));
        Assert.Equal("skipped", await Run("2026-08-10"));
        Assert.Equal("ok", await Run("2026-08-11"));
    }

    private static Renderer Renderer(RenderOptions options) => new(Library, Library.Load("hitung-mundur"), options);

    private static string Markup(Renderer renderer, DateTime day)
    {
        var row = renderer.Bind(new Dictionary<string, object?> { ["acara"] = "Upacara HUT RI", ["tanggal"] = day }, rowNumber: 2);
        Assert.True(row.IsValid, string.Join("; ", row.Errors.Select(e => e.ToString())));
        return renderer.RenderMarkup(row, renderer.Template.Format("square"));
    }
}
