using FFMpegCore.Pipes;

namespace ContentKit.Video;

/// <summary>A frame on its way to ffmpeg: its YUV planes written to the pipe in one call, then its buffer is released.</summary>
internal sealed class PipedFrame(FrameBuffer buffer, int width, int height) : IVideoFrame
{
    /// <summary>The pixel format of every frame piped to ffmpeg.</summary>
    public const string Format = "yuv420p";

    public int Width => width;

    public int Height => height;

    /// <summary>The frame converted to what x264 encodes (see <see cref="Yuv420"/>).</summary>
    public string PixelFormat => Format;

    public void Serialize(Stream pipe)
    {
        pipe.Write(buffer.Yuv.Bytes);
        buffer.Release();
    }

    public async Task SerializeAsync(Stream pipe, CancellationToken token)
    {
        await pipe.WriteAsync(buffer.Yuv.Bytes, token).ConfigureAwait(false);
        buffer.Release();
    }
}
