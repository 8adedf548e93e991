using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using ContentKit.Output;
using ContentKit.Templates;

namespace ContentKit.Benchmarks;

/// <summary>
/// What does one pengumuman feed poster (1080×1350) cost end to end through <see cref="Renderer"/>:
/// Scriban → markup → layout → paint → encode, as PNG, JPEG and WebP, with a photo and without?
/// The renderer is reused as a batch reuses it, so its font, shaped-word and decoded-photo caches are warm:
/// this is the steady-state cost per row, not the first row of a batch (see tests/bench/e2e.sh for that).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(SizeConfig))]
public class RenderBenchmarks
{
    private static readonly Lazy<Pengumuman> SizePoster = new(() => new Pengumuman());

    private Pengumuman _poster = null!;
    private BoundRow _row = null!;
    private MemoryStream _output = null!;

    [Params(OutputType.Png, OutputType.Jpg, OutputType.Webp)]
    public OutputType Type { get; set; }

    [Params(SampleRow.TextOnly, SampleRow.Photo)]
    public SampleRow Row { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _poster = new Pengumuman();
        _row = _poster.Bind(Row);
        _output = new MemoryStream(4 * 1024 * 1024);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _output.Dispose();
        _poster.Dispose();
    }

    [Benchmark]
    public long RenderFeed()
    {
        _output.SetLength(0);
        _poster.Renderer.Render(_row, _poster.Feed, Type, _output);
        return _output.Length;
    }

    /// <summary>The size of the file a benchmark case writes, for the summary table.</summary>
    internal static long SizeOf(BenchmarkCase benchmarkCase)
    {
        var poster = SizePoster.Value;
        var row = poster.Bind((SampleRow)benchmarkCase.Parameters[nameof(Row)]);
        return poster.RenderToBytes(row, (OutputType)benchmarkCase.Parameters[nameof(Type)]).Length;
    }

    private sealed class SizeConfig : ManualConfig
    {
        public SizeConfig() => AddColumn(new OutputSizeColumn("File size", SizeOf));
    }
}
