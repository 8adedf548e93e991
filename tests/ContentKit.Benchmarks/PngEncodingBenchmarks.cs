using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using SkiaSharp;

namespace ContentKit.Benchmarks;

/// <summary>
/// How much time do Skia's PNG row filters cost on a poster, and how much size do they save? Skia's default
/// (every filter tried per row, zlib 6) against no filtering at several zlib levels. Only the encoder is timed:
/// the pixels are rendered once.
/// </summary>
/// <remarks>
/// Two flags read as "no filters". <see cref="SKPngEncoderFilterFlags.None"/> (8) is PNG filter type None on
/// every row. <see cref="SKPngEncoderFilterFlags.NoFilters"/> (0) selects no filter type at all, and with
/// SkiaSharp 4.155 it writes byte for byte the file <see cref="SkiaDefault"/> writes (all filters; compared by
/// SHA-256 on both posters). <see cref="NoFiltersFlagZlib6"/> is what an earlier ImageEncoder asked for,
/// kept here so the table shows it.
/// </remarks>
[MemoryDiagnoser]
[Config(typeof(SizeConfig))]
public class PngEncodingBenchmarks
{
    private static readonly Dictionary<string, SKPngEncoderOptions> Settings = new()
    {
        [nameof(SkiaDefault)] = SKPngEncoderOptions.Default,
        [nameof(NoFiltersFlagZlib6)] = new(SKPngEncoderFilterFlags.NoFilters, zLibLevel: 6),
        [nameof(FilterNoneZlib1)] = new(SKPngEncoderFilterFlags.None, zLibLevel: 1),
        [nameof(FilterNoneZlib3)] = new(SKPngEncoderFilterFlags.None, zLibLevel: 3),
        [nameof(FilterNoneZlib6)] = new(SKPngEncoderFilterFlags.None, zLibLevel: 6),
        [nameof(FilterNoneZlib9)] = new(SKPngEncoderFilterFlags.None, zLibLevel: 9),
    };

    private SKPixmap _pixels = null!;

    [Params(SampleRow.TextOnly, SampleRow.Photo)]
    public SampleRow Row { get; set; }

    [GlobalSetup]
    public void Setup() => _pixels = PosterPixels.Of(Row);

    [GlobalCleanup]
    public void Cleanup() => _pixels.Dispose();

    /// <summary>SKPngEncoderOptions.Default: AllFilters (libpng picks a filter per row), zlib 6.</summary>
    [Benchmark(Baseline = true)]
    public long SkiaDefault() => Encode(Settings[nameof(SkiaDefault)]);

    /// <summary>NoFilters (0), zlib 6: an earlier ImageEncoder's request; the same bytes as the default.</summary>
    [Benchmark]
    public long NoFiltersFlagZlib6() => Encode(Settings[nameof(NoFiltersFlagZlib6)]);

    [Benchmark]
    public long FilterNoneZlib1() => Encode(Settings[nameof(FilterNoneZlib1)]);

    [Benchmark]
    public long FilterNoneZlib3() => Encode(Settings[nameof(FilterNoneZlib3)]);

    [Benchmark]
    public long FilterNoneZlib6() => Encode(Settings[nameof(FilterNoneZlib6)]);

    [Benchmark]
    public long FilterNoneZlib9() => Encode(Settings[nameof(FilterNoneZlib9)]);

    private long Encode(SKPngEncoderOptions options) => EncodedSize(_pixels, options);

    private static long EncodedSize(SKPixmap pixels, SKPngEncoderOptions options)
    {
        using var data = pixels.Encode(options) ?? throw new InvalidOperationException($"Skia could not encode the poster with {options.FilterFlags}, zlib {options.ZLibLevel}.");
        return data.Size;
    }

    /// <summary>The size of the PNG a benchmark case writes, for the summary table.</summary>
    internal static long SizeOf(BenchmarkCase benchmarkCase)
    {
        var options = Settings[benchmarkCase.Descriptor.WorkloadMethod.Name];
        using var pixels = PosterPixels.Of((SampleRow)benchmarkCase.Parameters[nameof(Row)]);
        return EncodedSize(pixels, options);
    }

    private sealed class SizeConfig : ManualConfig
    {
        public SizeConfig() => AddColumn(new OutputSizeColumn("PNG size", SizeOf));
    }
}
