using ContentKit.Data;
using ContentKit.Output;
using ContentKit.Templates;

namespace ContentKit.Tests.Library;

/// <summary>The asynchronous calls for I/O give what the synchronous ones give, and stop when cancelled.</summary>
public sealed class AsyncApiTests : IDisposable
{
    private readonly string _folder = TestPaths.NewTempFolder();

    [Fact]
    public async Task ReadAsync_reads_a_file_as_Read_does()
    {
        var path = Path.Combine(TestPaths.Samples, "pengumuman.csv");

        var sheet = await DataReader.ReadAsync(path);

        var expected = DataReader.Read(path);
        Assert.Equal(expected.Columns, sheet.Columns);
        Assert.Equal(expected.Rows.Select(r => r.Values.Values), sheet.Rows.Select(r => r.Values.Values));
    }

    [Fact]
    public async Task ReadAsync_of_a_stream_that_cannot_seek_reads_it_to_its_end()
    {
        var bytes = "judul;tempat\nRapat;Aula\n"u8.ToArray();
        await using var stream = new OneWayStream(bytes);

        var sheet = await DataReader.ReadAsync(stream, "agenda.csv");

        Assert.Equal("Aula", sheet.Rows[0]["tempat"]);
    }

    [Fact]
    public async Task ReadAsync_of_a_missing_file_names_it_and_a_cancelled_read_throws()
    {
        var missing = await Assert.ThrowsAsync<ContentKitException>(() => DataReader.ReadAsync(Path.Combine(_folder, "tidak-ada.csv")));
        Assert.Contains("tidak-ada.csv", missing.Message, StringComparison.Ordinal);

        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => DataReader.ReadAsync(Path.Combine(TestPaths.Samples, "pengumuman.csv"), cancellationToken: cancelled.Token));
    }

    [Fact]
    public async Task RenderAsync_writes_the_image_Render_writes_to_a_stream_that_allows_no_synchronous_writes()
    {
        var library = new TemplateLibrary(TestPaths.Templates);
        using var renderer = new Renderer(library, library.Load("pengumuman"));
        var row = renderer.Bind(new Dictionary<string, object?> { ["judul"] = "Rapat Koordinasi", ["tanggal"] = new DateTime(2026, 12, 3) });
        var feed = renderer.Template.Format("feed");
        await using var destination = new AsyncOnlyStream();

        var result = await renderer.RenderAsync(row, feed, OutputType.Png, destination);

        using var expected = new MemoryStream();
        renderer.Render(row, feed, OutputType.Png, expected);
        Assert.Equal(expected.ToArray(), destination.ToArray());
        Assert.False(result.Rejected);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>A request body: read forward only.</summary>
    private sealed class OneWayStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }

    /// <summary>Like an ASP.NET Core response body, which refuses synchronous writes.</summary>
    private sealed class AsyncOnlyStream : Stream
    {
        private readonly MemoryStream _written = new();

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _written.Length;

        public override long Position { get => _written.Position; set => throw new NotSupportedException(); }

        public byte[] ToArray() => _written.ToArray();

        public override void Write(byte[] buffer, int offset, int count) => throw new InvalidOperationException("Synchronous writes are not allowed.");

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            _written.Write(buffer, offset, count);
            return Task.CompletedTask;
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            _written.Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        public override void Flush() => throw new InvalidOperationException("Synchronous flushes are not allowed.");

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            _written.Dispose();
            base.Dispose(disposing);
        }
    }
}
