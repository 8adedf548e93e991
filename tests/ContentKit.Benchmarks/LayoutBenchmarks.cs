using BenchmarkDotNet.Attributes;
using ContentKit.Templates;

namespace ContentKit.Benchmarks;

/// <summary>
/// What does laying out one pengumuman feed poster (1080×1350) cost without painting it: Scriban → markup → element
/// tree → measure and arrange, with every text broken into lines (and fitted, where the template asks)? The renderer
/// is reused as a batch reuses it, so fonts and shaped words are cached; what is left is the layout's own work,
/// which repeated breaking of the same text makes larger.
/// </summary>
[MemoryDiagnoser]
public class LayoutBenchmarks
{
    private Pengumuman _poster = null!;
    private BoundRow _row = null!;

    [Params(SampleRow.TextOnly, SampleRow.Photo)]
    public SampleRow Row { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _poster = new Pengumuman();
        _row = _poster.Bind(Row);
    }

    [GlobalCleanup]
    public void Cleanup() => _poster.Dispose();

    [Benchmark]
    public object LayoutFeed() => _poster.Renderer.Layout(_row, _poster.Feed, CancellationToken.None);
}
