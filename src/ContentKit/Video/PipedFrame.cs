using FFMpegCore.Pipes;

namespace ContentKit.Video;

/// <summary>A frame on its way to ffmpeg: written to the pipe in one call, then its buffer is released.</summary>
internal sealed class PipedFrame(FrameBuffer buffer, int width, int height) : IVideoFrame
{
    public int Width => width;

    public int Height => height;

    /// <summary>Skia's RGBA rows as they are; ffmpeg converts to yuv420p with its SIMD code.</summary>
    public string PixelFormat => "rgba";

    public void Serialize(Stream pipe)
    {
        pipe.Write(buffer.Pixels.Bytes);
        buffer.Release();
    }

    public async Task SerializeAsync(Stream pipe, CancellationToken token)
    {
        await pipe.WriteAsync(buffer.Pixels.Bytes, token).ConfigureAwait(false);
        buffer.Release();
    }
}
