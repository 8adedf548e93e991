using System.Collections.Concurrent;
using FFMpegCore.Pipes;
using SkiaSharp;

namespace ContentKit.Video;

/// <summary>
/// Paints frames ahead of the encoder on its own thread, into a small pool of reused buffers, through a
/// bounded queue (so memory stays flat however long the video). A frame that equals the one before (nothing
/// moves) is not painted again: the same buffer is queued twice. The painting thread only ever blocks, never
/// awaits: on two cores a painter that needed the thread pool to resume could wait for the pool to grow (which
/// once cost a third of the render time), so it and the pipe writer each have a thread of their own.
/// </summary>
internal sealed class FrameScheduler : IDisposable
{
    /// <summary>Frames painted ahead of the encoder: enough to ride out a slow frame, few enough to keep memory small.</summary>
    public const int QueueLength = 4;

    private readonly FrameComposer _composer;
    private readonly BlockingCollection<PipedFrame> _queue = new(QueueLength);
    private readonly BlockingCollection<FrameBuffer> _free = [];
    private Exception? _failure;
    private readonly List<FrameBuffer> _buffers = [];
    private readonly bool _reuse;
    private readonly Action<Pixels>? _poster;

    /// <param name="composer">Paints each frame.</param>
    /// <param name="poster">Shown the poster frame as it is queued (on the painting thread, which goes on once it returns).</param>
    /// <param name="reuse">Repeat unchanged frames and repaint only what moved; off only to measure what that saves.</param>
    public FrameScheduler(FrameComposer composer, Action<Pixels>? poster = null, bool reuse = true)
    {
        (_composer, _poster, _reuse) = (composer, poster, reuse);
        // The queue, one frame being written, one being painted and the last painted frame kept for repeats.
        for (var i = 0; i < QueueLength + 3; i++)
        {
            var buffer = new FrameBuffer(composer.Size, _free.Add);
            _buffers.Add(buffer);
            _free.Add(buffer);
        }
    }

    public int Painted { get; private set; }

    public int Repeated { get; private set; }

    /// <summary>Of the painted frames, those painted only where something moved.</summary>
    public int PartlyPainted { get; private set; }

    /// <summary>Starts painting; the returned task ends when every frame is queued, or with the painting's error.</summary>
    public Task Start(CancellationToken cancellationToken) => Task.Factory.StartNew(
        () => Produce(cancellationToken), cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>The frames in order, for ffmpeg's pipe; ends early with the painting's error if painting fails.</summary>
    public IEnumerable<IVideoFrame> Frames()
    {
        foreach (var frame in _queue.GetConsumingEnumerable())
        {
            yield return frame;
        }

        if (_failure is not null)
        {
            throw _failure;
        }
    }

    private void Produce(CancellationToken cancellationToken)
    {
        var (timeline, size) = (_composer.Timeline, _composer.Size);
        FrameBuffer? last = null;
        var lastTime = 0.0;
        try
        {
            for (var n = 0; n < timeline.FrameCount; n++)
            {
                var time = timeline.TimeOf(n);
                // The poster is copied from its frame's RGBA, so that frame is painted whole.
                var whole = !_reuse || n == _composer.PosterFrame;
                if (last is null || whole || _composer.Changes(lastTime, time))
                {
                    var buffer = _free.Take(cancellationToken);
                    buffer.Retain();
                    Paint(buffer, whole ? null : last, lastTime, time);
                    last?.Release();
                    (last, lastTime) = (buffer, time);
                    Painted++;
                }
                else
                {
                    Repeated++;
                }

                if (n == _composer.PosterFrame)
                {
                    _poster?.Invoke(last.Pixels);
                }

                last.Retain();
                _queue.Add(new PipedFrame(last, size.Width, size.Height), cancellationToken);
            }
        }
        catch (Exception e)
        {
            _failure = e;
            throw;
        }
        finally
        {
            last?.Release();
            _queue.CompleteAdding();
        }
    }

    /// <summary>
    /// Paints the frame at <paramref name="time"/> and converts it for the pipe. When only part of it can have changed
    /// since <paramref name="last"/>, only that part is painted and converted, over a copy of the last frame's YUV
    /// (the rest of this buffer's RGBA is left stale: nothing reads it).
    /// </summary>
    private void Paint(FrameBuffer buffer, FrameBuffer? last, double lastTime, double time)
    {
        var canvas = buffer.Surface.Canvas;
        if (last is not null && _composer.Changed(lastTime, time) is { } changed)
        {
            var area = Yuv420.Blocks(changed, _composer.Size);
            last.Yuv.Bytes.AsSpan().CopyTo(buffer.Yuv.Bytes);
            var save = canvas.Save();
            canvas.ClipRect(area);
            _composer.Paint(canvas, time, buffer.Pixels);
            canvas.RestoreToCount(save);
            buffer.Surface.Flush();
            buffer.Yuv.From(buffer.Pixels, area);
            PartlyPainted++;
        }
        else
        {
            _composer.Paint(canvas, time, buffer.Pixels);
            buffer.Surface.Flush();
            buffer.Yuv.From(buffer.Pixels, SKRectI.Create(_composer.Size));
        }
    }

    public void Dispose()
    {
        _queue.Dispose();
        _free.Dispose();
        foreach (var buffer in _buffers)
        {
            buffer.Dispose();
        }
    }
}
