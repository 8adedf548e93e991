using BenchmarkDotNet.Attributes;
using ContentKit.Templates;
using ContentKit.Video;

namespace ContentKit.Benchmarks;

/// <summary>
/// What does painting every frame of the 15-second reels-pengumuman sample (450 frames of 1080×1920) cost,
/// without ffmpeg: with still parts, unchanged frames and unchanged regions reused (as shipped), and with every
/// frame painted whole? The photo row has a Ken Burns scene, which moves the whole frame for 3.5 s.
/// </summary>
[MemoryDiagnoser]
public class VideoFrameBenchmarks
{
    private Renderer _renderer = null!;
    private RenderUnit _unit = null!;
    private OutputFormat _reels = null!;

    [Params(SampleRow.TextOnly, SampleRow.Photo)]
    public SampleRow Row { get; set; }

    [Params(true, false)]
    public bool Reuse { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var library = new TemplateLibrary(RepoPaths.Templates);
        var template = library.Load("reels-pengumuman");
        var sheet = Data.DataReader.Read(Path.Combine(RepoPaths.Samples, "reels-pengumuman.csv"));
        _renderer = new Renderer(library, template, new RenderOptions { DataFolder = RepoPaths.Samples });
        _unit = RenderUnit.Of(_renderer.Bind(sheet.Rows[Row == SampleRow.Photo ? 0 : 1], "reels-pengumuman.csv"));
        _reels = template.Format("reels");
    }

    [GlobalCleanup]
    public void Cleanup() => _renderer.Dispose();

    [Benchmark]
    public async Task<int> PaintAllFrames()
    {
        using var composer = _renderer.Compose(_unit, _reels, CancellationToken.None, out _);
        using var scheduler = new FrameScheduler(composer, reuse: Reuse);
        var painting = scheduler.Start(CancellationToken.None);
        var frames = 0;
        foreach (var frame in scheduler.Frames())
        {
            frame.Serialize(Stream.Null);
            frames++;
        }

        await painting;
        return frames;
    }
}
