namespace S3Criteria.Text;

/// <summary>
/// A read-only view of a stream that gives at most <see cref="Limit"/> bytes and then fails with
/// <see cref="InputTooLargeException"/> on the first byte past it. Every input file is read through it: the size a file
/// system reports is never trusted, since it is 0 for <c>/dev/zero</c>, a FIFO or a device, which never end.
/// </summary>
internal sealed class BoundedStream : Stream
{
    private readonly Stream _inner;
    private long _read;

    /// <summary>Initializes a new instance of the <see cref="BoundedStream"/> class.</summary>
    /// <param name="inner">The stream to read; it is disposed with this one.</param>
    /// <param name="limit">The most bytes to give.</param>
    public BoundedStream(Stream inner, long limit)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        _inner = inner;
        Limit = limit;
    }

    /// <summary>Gets the most bytes this stream gives.</summary>
    public long Limit { get; }

    /// <inheritdoc/>
    public override bool CanRead => true;

    /// <inheritdoc/>
    public override bool CanSeek => false;

    /// <inheritdoc/>
    public override bool CanWrite => false;

    /// <inheritdoc/>
    public override long Length => throw new NotSupportedException();

    /// <inheritdoc/>
    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    /// <inheritdoc/>
    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    /// <inheritdoc/>
    public override int Read(Span<byte> buffer)
    {
        // Ask for one byte more than the limit allows, so that a stream that ends exactly at the limit is accepted.
        var read = _inner.Read(buffer[..Allowed(buffer.Length)]);
        return Count(read);
    }

    /// <inheritdoc/>
    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await _inner.ReadAsync(buffer[..Allowed(buffer.Length)], cancellationToken).ConfigureAwait(false);
        return Count(read);
    }

    /// <inheritdoc/>
    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <inheritdoc/>
    public override void Flush()
    {
    }

    /// <inheritdoc/>
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private int Allowed(int wanted) => (int)Math.Min(wanted, Limit - _read + 1);

    private int Count(int read)
    {
        _read += read;
        return _read > Limit ? throw new InputTooLargeException(Limit) : read;
    }
}
