using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using ContentKit.Output;
using SkiaSharp;

namespace ContentKit.Benchmarks;

/// <summary>
/// ContentKit's PNG writer (RGB rows for opaque images, libpng's per-row filter heuristic, zlib-ng) at each zlib
/// level against Skia's encoder, on the three kinds of design, rendered once. Only encoding is timed.
/// </summary>
[Config(typeof(SizeConfig))]
public class PngWriterBenchmarks
{
    private static readonly Dictionary<string, Func<SKPixmap, long>> Encoders = new()
    {
        [nameof(SkiaDefault)] = p => Skia(p, SKPngEncoderOptions.Default),
        [nameof(SkiaFilterNoneZlib6)] = p => Skia(p, new(SKPngEncoderFilterFlags.None, zLibLevel: 6)),
        [nameof(ContentKitZlib1)] = p => ContentKit(p, 1),
        [nameof(ContentKitZlib2)] = p => ContentKit(p, 2),
        [nameof(ContentKitZlib3)] = p => ContentKit(p, 3),
        [nameof(ContentKitZlib4)] = p => ContentKit(p, 4),
        [nameof(ContentKitZlib6)] = p => ContentKit(p, 6),
        [nameof(ContentKitZlib9)] = p => ContentKit(p, 9),
        [nameof(ContentKitZlib6Palette8)] = p => ContentKit(p, 6, paletteError: 8),
    };

    private SKPixmap _pixels = null!;

    [Params(EncoderPoster.TextOnly, EncoderPoster.Photo, EncoderPoster.Chart)]
    public EncoderPoster Poster { get; set; }

    [GlobalSetup]
    public void Setup() => _pixels = ChartPixels.Of(Poster);

    /// <summary>Skia's default: every filter tried per row (libpng's heuristic), RGBA, zlib 6.</summary>
    [Benchmark(Baseline = true)]
    public long SkiaDefault() => Encoders[nameof(SkiaDefault)](_pixels);

    /// <summary>What ContentKit wrote before its own writer: Skia, filter None, zlib 6.</summary>
    [Benchmark]
    public long SkiaFilterNoneZlib6() => Encoders[nameof(SkiaFilterNoneZlib6)](_pixels);

    [Benchmark]
    public long ContentKitZlib1() => Encoders[nameof(ContentKitZlib1)](_pixels);

    [Benchmark]
    public long ContentKitZlib2() => Encoders[nameof(ContentKitZlib2)](_pixels);

    [Benchmark]
    public long ContentKitZlib3() => Encoders[nameof(ContentKitZlib3)](_pixels);

    [Benchmark]
    public long ContentKitZlib4() => Encoders[nameof(ContentKitZlib4)](_pixels);

    [Benchmark]
    public long ContentKitZlib6() => Encoders[nameof(ContentKitZlib6)](_pixels);

    [Benchmark]
    public long ContentKitZlib9() => Encoders[nameof(ContentKitZlib9)](_pixels);

    /// <summary>A palette of the 256 most frequent colours when every other colour is within 8 levels of one (flat designs).</summary>
    [Benchmark]
    public long ContentKitZlib6Palette8() => Encoders[nameof(ContentKitZlib6Palette8)](_pixels);

    private static long Skia(SKPixmap pixels, SKPngEncoderOptions options)
    {
        using var data = pixels.Encode(options) ?? throw new InvalidOperationException($"Skia could not encode the poster with {options.FilterFlags}, zlib {options.ZLibLevel}.");
        return data.Size;
    }

    private static long ContentKit(SKPixmap pixels, int level, int paletteError = 0)
    {
        using var stream = new MemoryStream();
        PngWriter.Write(pixels, stream, level, paletteError);
        return stream.Length;
    }

    private static long SizeOf(BenchmarkCase benchmarkCase) =>
        Encoders[benchmarkCase.Descriptor.WorkloadMethod.Name](ChartPixels.Of((EncoderPoster)benchmarkCase.Parameters[nameof(Poster)]));

    private sealed class SizeConfig : ManualConfig
    {
        public SizeConfig() => AddColumn(new OutputSizeColumn("PNG size", SizeOf));
    }
}
