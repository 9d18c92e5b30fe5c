using System.Text;
using S3Criteria.Diagnostics;

namespace S3Criteria.Text;

/// <summary>
/// Reads input files (documents, rule files, <c>extends</c> targets, waivers, rule tests) through a
/// <see cref="BoundedStream"/>, so that no file is read past the limits of <see cref="DocumentLimits"/> whatever the file
/// system says of its size: a FIFO, a device or <c>/dev/zero</c> stops at the limit like a large file.
/// </summary>
internal static class BoundedFile
{
    private const int ChunkSize = 64 * 1024;

    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>The most bytes a file may hold: a document of the longest length in UTF-32, four bytes per character.</summary>
    public static long ByteLimit(DocumentLimits limits) => (long)limits.MaxDocumentLength * 4;

    /// <summary>Reads a file's text unless it is larger than the limits allow; problems become diagnostics.</summary>
    /// <param name="path">The file.</param>
    /// <param name="limits">The limits.</param>
    /// <param name="diagnostics">Where problems go.</param>
    /// <param name="notReadable">The message for a file that cannot be read (with a <c>{reason}</c>), if not the general one.</param>
    public static string? ReadText(string path, DocumentLimits limits, ICollection<Diagnostic> diagnostics, Message? notReadable = null) =>
        Read(path, limits, diagnostics, notReadable)?.Text;

    /// <summary>Reads a file's bytes and text unless it is larger than the limits allow; problems become diagnostics.</summary>
    /// <param name="path">The file.</param>
    /// <param name="limits">The limits.</param>
    /// <param name="diagnostics">Where problems go.</param>
    /// <param name="notReadable">The message for a file that cannot be read (with a <c>{reason}</c>), if not the general one.</param>
    public static FileContent? Read(string path, DocumentLimits limits, ICollection<Diagnostic> diagnostics, Message? notReadable = null)
    {
        try
        {
            using var stream = Open(path, limits, FileOptions.SequentialScan, out var buffer);
            int read;
            while ((read = stream.Read(buffer.Reserve())) > 0)
            {
                buffer.Advance(read);
            }

            return Decoded(buffer.ToArray());
        }
        catch (Exception exception) when (Problem(exception, path, limits, notReadable) is { } diagnostic)
        {
            diagnostics.Add(diagnostic);
            return null;
        }
    }

    /// <summary>
    /// Reads a stream (standard input) to its end unless it holds more than the limits allow; problems become
    /// diagnostics located at <paramref name="name"/>. The stream is not disposed.
    /// </summary>
    /// <param name="stream">The stream.</param>
    /// <param name="name">The name to put in locations.</param>
    /// <param name="limits">The limits.</param>
    /// <param name="diagnostics">Where problems go.</param>
    public static FileContent? Read(Stream stream, string name, DocumentLimits limits, ICollection<Diagnostic> diagnostics)
    {
        try
        {
            var bounded = new BoundedStream(stream, ByteLimit(limits));
            var buffer = new GrowingBuffer(ChunkSize);
            int read;
            while ((read = bounded.Read(buffer.Reserve())) > 0)
            {
                buffer.Advance(read);
            }

            return Decoded(buffer.ToArray());
        }
        catch (Exception exception) when (Problem(exception, name, limits, null) is { } diagnostic)
        {
            diagnostics.Add(diagnostic);
            return null;
        }
    }

    /// <summary>Reads a file's bytes and text asynchronously unless it is larger than the limits allow; problems become diagnostics.</summary>
    public static async Task<FileContent?> ReadAsync(string path, DocumentLimits limits, ICollection<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        try
        {
            var stream = Open(path, limits, FileOptions.SequentialScan | FileOptions.Asynchronous, out var buffer);
            await using (stream.ConfigureAwait(false))
            {
                int read;
                while ((read = await stream.ReadAsync(buffer.ReserveMemory(), cancellationToken).ConfigureAwait(false)) > 0)
                {
                    buffer.Advance(read);
                }
            }

            return Decoded(buffer.ToArray());
        }
        catch (Exception exception) when (Problem(exception, path, limits, null) is { } diagnostic)
        {
            diagnostics.Add(diagnostic);
            return null;
        }
    }

    /// <summary>Decodes text by its byte-order mark: UTF-8, UTF-16 (LE, BE) or UTF-32 (LE, BE); UTF-8 without one.</summary>
    /// <param name="bytes">The bytes.</param>
    /// <returns>The text, without the byte-order mark; malformed sequences become U+FFFD.</returns>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        var (encoding, bom) = bytes switch
        {
            [0xEF, 0xBB, 0xBF, ..] => (Utf8, 3),
            [0xFF, 0xFE, 0x00, 0x00, ..] => (Encoding.UTF32, 4),
            [0x00, 0x00, 0xFE, 0xFF, ..] => (new UTF32Encoding(bigEndian: true, byteOrderMark: false), 4),
            [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
            [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
            _ => (Utf8, 0),
        };
        return encoding.GetString(bytes[bom..]);
    }

    private static FileContent Decoded(byte[] bytes) => new(bytes, Decode(bytes));

    private static BoundedStream Open(string path, DocumentLimits limits, FileOptions options, out GrowingBuffer buffer)
    {
        var limit = ByteLimit(limits);
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, options);
        try
        {
            // The length is only a hint for the first buffer (it is 0 for a device or a FIFO); the stream enforces the limit.
            if (file.CanSeek && file.Length > limit)
            {
                throw new InputTooLargeException(limit);
            }

            buffer = new GrowingBuffer(file.CanSeek ? (int)Math.Min(file.Length + 1, ChunkSize) : ChunkSize);
            return new BoundedStream(file, limit);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    private static Diagnostic? Problem(Exception exception, string path, DocumentLimits limits, Message? notReadable) => exception switch
    {
        InputTooLargeException tooLarge => Messages.FileTooLarge.At(new SourceLocation(path, 1, 1), ("bytes", tooLarge.Limit), ("limit", limits.MaxDocumentLength)),
        IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException =>
            (notReadable ?? Messages.FileNotReadable).At(new SourceLocation(path, 1, 1), ("reason", exception.Message)),
        _ => null,
    };

    /// <summary>A byte buffer that doubles as it fills; the stream's limit bounds it.</summary>
    private sealed class GrowingBuffer(int capacity)
    {
        private byte[] _bytes = new byte[Math.Max(capacity, 16)];
        private int _count;

        public Span<byte> Reserve() => Grow().AsSpan(_count);

        public Memory<byte> ReserveMemory() => Grow().AsMemory(_count);

        public void Advance(int count) => _count += count;

        public byte[] ToArray() => _bytes.AsSpan(0, _count).ToArray();

        private byte[] Grow()
        {
            if (_count == _bytes.Length)
            {
                Array.Resize(ref _bytes, (int)Math.Min((long)_bytes.Length * 2, Array.MaxLength));
            }

            return _bytes;
        }
    }
}
