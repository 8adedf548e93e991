using System.Collections.Concurrent;
using FFMpegCore.Pipes;
using SkiaSharp;

namespace ContentKit.Video;

/// <summary>
/// Paints frames ahead of the encoder on its own thread, into a small pool of reused buffers, through a
/// bounded queue (so memory stays flat however long the video). A frame that equals the one before (nothing
/// moves) is not painted again: the same buffer is queued twice. The painting thread only ever blocks, never
/// awaits: the pipe writer blocks a pool thread while it waits for frames, and on two cores a painter that
/// needed the pool to resume could wait for the pool to grow (which once cost a third of the render time).
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

    /// <param name="composer">Paints each frame.</param>
    /// <param name="reuse">Repeat unchanged frames and repaint only what moved; off only to measure what that saves.</param>
    public FrameScheduler(FrameComposer composer, bool reuse = true)
    {
        _composer = composer;
        _reuse = reuse;
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

    /// <summary>Above this share of the frame, painting it whole costs less than copying the last frame first.</summary>
    private const float PartialShare = 0.7f;

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
                if (last is null || !_reuse || _composer.Changes(lastTime, time))
                {
                    var buffer = _free.Take(cancellationToken);
                    buffer.Retain();
                    Paint(buffer, last, lastTime, time);
                    last?.Release();
                    (last, lastTime) = (buffer, time);
                    Painted++;
                }
                else
                {
                    Repeated++;
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
    /// Paints the frame at <paramref name="time"/>. When only part of it can have changed since the last painted
    /// frame, that frame is copied (a memory copy) and only the changed rectangle is painted over it.
    /// </summary>
    private void Paint(FrameBuffer buffer, FrameBuffer? last, double lastTime, double time)
    {
        var canvas = buffer.Surface.Canvas;
        var size = _composer.Size;
        var changed = last is null || !_reuse ? null : _composer.Changed(lastTime, time);
        if (changed is { } rect && rect.Width * rect.Height < size.Width * size.Height * PartialShare)
        {
            last!.Pixels.Bytes.AsSpan().CopyTo(buffer.Pixels.Bytes);
            var save = canvas.Save();
            canvas.ClipRect(rect);
            _composer.Paint(canvas, time, buffer.Pixels);
            canvas.RestoreToCount(save);
            PartlyPainted++;
        }
        else
        {
            _composer.Paint(canvas, time, buffer.Pixels);
        }

        buffer.Surface.Flush();
        buffer.Encode();
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
