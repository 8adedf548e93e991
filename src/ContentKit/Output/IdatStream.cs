namespace ContentKit.Output;

/// <summary>
/// The compressed image data of a PNG, cut into IDAT chunks as it is written. Decoders accept any chunk size; 256 KiB
/// keeps the per-chunk overhead (12 bytes) negligible and the buffer small. Disposing writes what is left.
/// </summary>
internal sealed class IdatStream(Stream destination) : Stream
{
    private const int ChunkSize = 256 * 1024;
    private readonly byte[] _buffer = new byte[ChunkSize];
    private int _count;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (!buffer.IsEmpty)
        {
            var take = Math.Min(buffer.Length, ChunkSize - _count);
            buffer[..take].CopyTo(_buffer.AsSpan(_count));
            _count += take;
            buffer = buffer[take..];
            if (_count == ChunkSize)
            {
                Flush();
            }
        }
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Flush()
    {
        if (_count > 0)
        {
            PngChunkWriter.Write(destination, "IDAT"u8, _buffer.AsSpan(0, _count));
            _count = 0;
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Flush();
        }

        base.Dispose(disposing);
    }
}
