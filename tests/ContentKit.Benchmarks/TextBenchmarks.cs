using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using ContentKit.Layout.Elements;
using ContentKit.Text;

namespace ContentKit.Benchmarks;

/// <summary>
/// What does the text engine cost for one paragraph, and what do its features add? Four questions, one
/// category each, with its own baseline (the Ratio column compares within a category):
/// <list type="bullet">
/// <item><c>Cache</c>: breaking a 40-word pengumuman title into lines with a warm shaping cache against a cold
/// one (a new <see cref="TextEngine"/> per call, so every word is shaped by HarfBuzz again).</item>
/// <item><c>Fit</c>: <c>fit="shrink"</c> (binary search: a layout at size, one at min-size, then 7 halvings)
/// against a single break at size, and against the baseline, a linear scan of whole pixel sizes from 74 down
/// to 37 that stops at the first size that fits. <c>FitNothingFits</c>: the same with the 40-word title,
/// which does not fit 5 lines even at 37 px, so the search stops after two layouts and the scan tries all 38 sizes.</item>
/// <item><c>Balance</c>: <c>balance="true"</c> against greedy breaking on a short two-line title.</item>
/// <item><c>Scripts</c>: a line of Latin, Arabic and an emoji (three fonts, bidi) against a Latin line of the
/// same length and word lengths, with a warm and with a cold cache.</item>
/// </list>
/// The titles are set as the pengumuman feed title is (Plus Jakarta Sans 800, 74 px, line height 1.08, 944 px
/// wide: 1080 minus 68 px padding each side), without the template's <c>balance</c> so that <c>Fit</c> times
/// the search alone. Fonts are loaded once, as a renderer loads them once per batch. The <c>Result</c> column
/// says what each case laid out.
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[Config(typeof(ResultConfig))]
public class TextBenchmarks
{
    /// <summary>The kota-blitar brand's heading and body family.</summary>
    private const string Family = "Plus Jakarta Sans";

    private const float Width = 944;
    private const int Size = 74;
    private const int MinSize = 37;
    private const int MaxLines = 5;

    /// <summary>40 words: 15 lines at 74 px; more than 5 lines even at 37 px.</summary>
    private const string LongTitle =
        "Pengumuman Pelaksanaan Seleksi Terbuka Pengisian Jabatan Pimpinan Tinggi Pratama di Lingkungan Pemerintah " +
        "Kota Blitar Tahun 2026 bagi Aparatur Sipil Negara yang Memenuhi Persyaratan Administrasi dan Kompetensi " +
        "sesuai Ketentuan Peraturan yang Berlaku serta Jadwal Seleksi dan Pengumuman Hasil Akhir secara Daring";

    /// <summary>24 words: fits 5 lines at about 49 px, near the middle of 37–74, so the search runs all its steps.</summary>
    private const string ShrinkTitle =
        "Pengumuman Hasil Seleksi Administrasi Calon Peserta Pelatihan Kerja Berbasis Kompetensi Tahun 2026 " +
        "bagi Pencari Kerja Warga Kota Blitar di Balai Latihan Kerja Kecamatan Sukorejo";

    /// <summary>Greedy leaves "Blitar ke-120" alone on the second line; balanced moves "Kota" down.</summary>
    private const string ShortTitle = "Jalan Sehat Hari Jadi Kota Blitar ke-120";

    private const string MixedLine = "Selamat Idul Fitri عيد الفطر مبارك 🌙 1447 H";

    /// <summary>As long as <see cref="MixedLine"/> (44 UTF-16 chars), with the same word lengths.</summary>
    private const string LatinLine = "Selamat Idul Fitri dan salam damai ya 1447 H";

    private static readonly TextStyle TitleStyle = new() { Size = Size, Weight = 800, LineHeight = 1.08f };
    private static readonly TextStyle LineStyle = new() { Size = 40 };
    private static readonly Lazy<TextBenchmarks> Described = new(() =>
    {
        var benchmarks = new TextBenchmarks();
        benchmarks.Setup();
        return benchmarks;
    });

    private FontSet _fonts = null!;
    private TextEngine _warm = null!;
    private TextElement _longTitle = null!;
    private TextElement _singleBreak = null!;
    private TextElement _shrink = null!;
    private TextElement[] _scan = null!;
    private TextElement _shrinkLong = null!;
    private TextElement[] _scanLong = null!;
    private TextElement _greedy = null!;
    private TextElement _balanced = null!;
    private TextElement _mixed = null!;
    private TextElement _latin = null!;

    [GlobalSetup]
    public void Setup()
    {
        _fonts = FontSet.Load([Path.Combine(RepoPaths.Templates, "fonts")]);
        _warm = new TextEngine(_fonts, Family);

        var fitted = TitleStyle with { MaxLines = MaxLines };
        var shrink = fitted with { Fit = TextFit.Shrink, MinSize = MinSize };
        _longTitle = TextElement.Plain(LongTitle, TitleStyle);
        _singleBreak = TextElement.Plain(ShrinkTitle, fitted);
        _shrink = TextElement.Plain(ShrinkTitle, shrink);
        _scan = ScanSteps(ShrinkTitle, fitted);
        _shrinkLong = TextElement.Plain(LongTitle, shrink);
        _scanLong = ScanSteps(LongTitle, fitted);
        _greedy = TextElement.Plain(ShortTitle, fitted);
        _balanced = TextElement.Plain(ShortTitle, fitted with { Balance = true });
        _mixed = TextElement.Plain(MixedLine, LineStyle);
        _latin = TextElement.Plain(LatinLine, LineStyle);

        // Warms the shaping cache with every word, and checks that each case still measures what it says.
        Check();
    }

    [GlobalCleanup]
    public void Cleanup() => _fonts.Dispose();

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Cache")]
    public object WarmCache() => _warm.Break(_longTitle, Width);

    [Benchmark]
    [BenchmarkCategory("Cache")]
    public object ColdCache() => new TextEngine(_fonts, Family).Break(_longTitle, Width);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Fit")]
    public object ScanWholePixels() => Scan(_scan, out _);

    [Benchmark]
    [BenchmarkCategory("Fit")]
    public object Shrink() => _warm.Break(_shrink, Width);

    [Benchmark]
    [BenchmarkCategory("Fit")]
    public object SingleBreak() => _warm.Break(_singleBreak, Width);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("FitNothingFits")]
    public object ScanWholePixelsLong() => Scan(_scanLong, out _);

    [Benchmark]
    [BenchmarkCategory("FitNothingFits")]
    public object ShrinkLong() => _warm.Break(_shrinkLong, Width);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Balance")]
    public object Greedy() => _warm.Break(_greedy, Width);

    [Benchmark]
    [BenchmarkCategory("Balance")]
    public object Balanced() => _warm.Break(_balanced, Width);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Scripts")]
    public object LatinWarm() => _warm.Break(_latin, Width);

    [Benchmark]
    [BenchmarkCategory("Scripts")]
    public object MixedWarm() => _warm.Break(_mixed, Width);

    [Benchmark]
    [BenchmarkCategory("Scripts")]
    public object LatinCold() => new TextEngine(_fonts, Family).Break(_latin, Width);

    [Benchmark]
    [BenchmarkCategory("Scripts")]
    public object MixedCold() => new TextEngine(_fonts, Family).Break(_mixed, Width);

    /// <summary>What a benchmark case laid out, for the summary table.</summary>
    internal static string Describe(BenchmarkCase benchmarkCase)
    {
        var benchmarks = Described.Value;
        var method = benchmarkCase.Descriptor.WorkloadMethod;
        var tried = 0;
        var block = method.Name switch
        {
            nameof(ScanWholePixels) => benchmarks.Scan(benchmarks._scan, out tried),
            nameof(ScanWholePixelsLong) => benchmarks.Scan(benchmarks._scanLong, out tried),
            _ => (TextBlock)method.Invoke(benchmarks, null)!,
        };
        var text = FormattableString.Invariant($"{block.Lines.Length} lines at {block.Size:0.##} px");
        if (block.Lines.Length <= 2)
        {
            text += ", " + string.Join(" + ", block.Lines.Select(l => FormattableString.Invariant($"{l.Width:0}"))) + " px wide";
        }

        if (block.HiddenCharacters > 0)
        {
            text += FormattableString.Invariant($", {block.HiddenCharacters} chars cut");
        }

        if (tried > 0)
        {
            text += FormattableString.Invariant($", {tried} sizes tried");
        }

        return text;
    }

    /// <summary>One element per whole pixel size from <see cref="Size"/> down to <see cref="MinSize"/>, each without fitting.</summary>
    private static TextElement[] ScanSteps(string text, TextStyle style) =>
        [.. Enumerable.Range(MinSize, Size - MinSize + 1).Reverse().Select(size => TextElement.Plain(text, style with { Size = size }))];

    /// <summary>
    /// The baseline <c>fit="shrink"</c> replaces: break at every size from the largest down and keep the first
    /// that fits by the engine's rule (no characters cut by max-lines, no word broken between letters, no line wider
    /// than the box), else the smallest.
    /// </summary>
    private TextBlock Scan(TextElement[] sizes, out int tried)
    {
        TextBlock block = null!;
        tried = 0;
        foreach (var element in sizes)
        {
            tried++;
            block = _warm.Break(element, Width);
            if (block.HiddenCharacters == 0 && block.BrokenWords == 0 && block.Width <= Width + 0.5f)
            {
                break;
            }
        }

        return block;
    }

    private void Check()
    {
        var shrunk = _warm.Break(_shrink, Width);
        var scanned = Scan(_scan, out _);
        if (!(shrunk.Size > MinSize && shrunk.Shrunk && shrunk.HiddenCharacters == 0) || Math.Abs(scanned.Size - Math.Floor(shrunk.Size)) > 0.01f)
        {
            throw new InvalidOperationException(
                $"The Fit title should shrink to a size between {MinSize} and {Size} px, and the scan should find its whole pixel part: " +
                $"shrink gave {shrunk.Size} px with {shrunk.HiddenCharacters} chars cut, the scan {scanned.Size} px. Pick another title.");
        }

        var shrunkLong = _warm.Break(_shrinkLong, Width);
        if (shrunkLong.HiddenCharacters == 0 || Math.Abs(shrunkLong.Size - MinSize) > 0.01f)
        {
            throw new InvalidOperationException($"The 40-word title should not fit {MaxLines} lines at {MinSize} px, but fits at {shrunkLong.Size} px.");
        }

        var greedy = _warm.Break(_greedy, Width);
        var balanced = _warm.Break(_balanced, Width);
        if (greedy.Lines.Length != 2 || balanced.Width >= greedy.Width - 1)
        {
            throw new InvalidOperationException("The balance title should break into two lines that balancing evens out.");
        }

        foreach (var (line, name) in new[] { (_mixed, nameof(MixedLine)), (_latin, nameof(LatinLine)) })
        {
            var block = _warm.Break(line, Width);
            if (block.Lines.Length != 1 || block.MissingCharacters.Length > 0)
            {
                throw new InvalidOperationException($"{name} should fit one line with every character in a bundled font.");
            }
        }

        _ = _warm.Break(_longTitle, Width);
        _ = Scan(_scanLong, out _);
        _ = _warm.Break(_singleBreak, Width);
    }

    private sealed class ResultConfig : ManualConfig
    {
        public ResultConfig() => AddColumn(new TextColumn("Result", "What the case laid out: lines, size used and, for one or two lines, their widths", Describe));
    }
}
