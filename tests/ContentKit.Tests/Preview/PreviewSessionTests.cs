using ContentKit.Cli.Preview;
using ContentKit.Data;
using ContentKit.Templates;
using SkiaSharp;

namespace ContentKit.Tests.Preview;

/// <summary>What the preview draws, without a browser: a video's frames, a row's own mistakes, a row that is not there.</summary>
public sealed class PreviewSessionTests
{
    [Fact]
    public async Task A_video_template_shows_its_first_format_as_frames_every_half_second_and_every_format_s_poster()
    {
        var state = await FirstStateAsync("reels-pengumuman", Path.Combine(TestPaths.Samples, "reels-pengumuman.csv"), row: 0, out var session);
        using (session)
        {
            Assert.Null(state.Error);
            var reels = state.Outputs[0];
            Assert.Equal("reels", reels.Format);
            var times = reels.Frames.Where(f => !f.Poster || f.Time % 0.5 < 1e-9).Select(f => f.Time).ToList();
            Assert.Equal(Enumerable.Range(0, times.Count).Select(i => i * 0.5), times);
            Assert.Single(reels.Frames, f => f.Poster);
            Assert.Equal(reels.Frames.Single(f => f.Poster).Image, reels.Image);
            Assert.All(state.Outputs.Skip(1), o => Assert.True(Assert.Single(o.Frames).Poster));

            // Quarter-size PNGs, as a scrubber needs and no more.
            var png = ImageAt(session, reels.Frames[0].Image);
            Assert.NotNull(png);
            var info = SKBitmap.DecodeBounds(png);
            Assert.Equal((1080 / 4, 1920 / 4), (info.Width, info.Height));
        }
    }

    [Fact]
    public async Task A_row_with_an_empty_required_field_is_shown_as_its_error_with_row_and_column()
    {
        var folder = TestPaths.NewTempFolder();
        var data = Path.Combine(folder, "pengumuman.csv");
        await File.WriteAllTextAsync(data, "judul,tanggal,tempat\nSenam Pagi,17/08/2026,Alun-Alun\n,18/08/2026,Pendopo\n");

        var state = await FirstStateAsync("pengumuman", data, row: 3, out var session);
        using (session)
        {
            Assert.Equal(3, state.Row);
            Assert.Empty(state.Outputs);
            Assert.NotNull(state.Error);
            Assert.Contains("judul", state.Error.Message, StringComparison.Ordinal);
            Assert.Contains("pengumuman.csv", state.Error.Where, StringComparison.Ordinal);
            Assert.Equal([2, 3], state.Rows.Select(r => r.Number));
        }
    }

    [Fact]
    public async Task A_row_the_sheet_does_not_have_shows_the_first_row()
    {
        var state = await FirstStateAsync("pengumuman", Path.Combine(TestPaths.Samples, "pengumuman.csv"), row: 999, out var session);
        using (session)
        {
            Assert.Null(state.Error);
            Assert.Equal(2, state.Row);
            Assert.Equal(["feed", "square", "story", "landscape", "carousel", "a4", "a3"], state.Outputs.Select(o => o.Format));
            Assert.All(state.Outputs, o => Assert.NotNull(ImageAt(session, o.Image)));
        }
    }

    private static Task<PreviewState> FirstStateAsync(string template, string data, int row, out PreviewSession session)
    {
        var library = new TemplateLibrary(TestPaths.Templates);
        var source = new PreviewSource(template, () => library, () => DataReader.Read(data), sheet => new RenderOptions { DataFolder = Path.GetDirectoryName(sheet.SourcePath) });
        session = new PreviewSession(source, row);
        return Run(session, library.Load(template).Manifest.Formats.Count);
    }

    /// <summary>What the server sends for an image's address, <c>/image/VERSION/NAME</c>.</summary>
    private static byte[]? ImageAt(PreviewSession session, string address)
    {
        var parts = address.Split('/');
        return session.Image(int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture), parts[3]);
    }

    /// <summary>The state once the first render is whole: an error, or every format (screen sizes are shown before paper sizes).</summary>
    private static async Task<PreviewState> Run(PreviewSession session, int formats)
    {
        using var stop = new CancellationTokenSource();
        var running = session.RunAsync(_ => { }, stop.Token);
        for (var known = 0; session.State is not { } state || (state.Error is null && state.Outputs.Count < formats);)
        {
            known = await session.NextVersionAsync(known, CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(3));
        }

        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
        return session.State!;
    }
}
