namespace S3Criteria.Diagnostics;

/// <summary>The base of every exception S3Criteria throws on purpose.</summary>
public abstract class S3CriteriaException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="S3CriteriaException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    protected S3CriteriaException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
