namespace S3Criteria.Text;

/// <summary>A <see cref="BoundedStream"/> was read past its limit; <see cref="BoundedFile"/> turns it into a located diagnostic.</summary>
/// <param name="limit">The limit, in bytes.</param>
internal sealed class InputTooLargeException(long limit) : Exception("The input is longer than its limit.")
{
    /// <summary>Gets the limit, in bytes.</summary>
    public long Limit { get; } = limit;
}
