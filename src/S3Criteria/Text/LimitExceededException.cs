using S3Criteria.Diagnostics;

namespace S3Criteria.Text;

/// <summary>Stops reading a document at the first limit exceeded; the readers turn it into its diagnostic.</summary>
internal sealed class LimitExceededException(Diagnostic diagnostic) : Exception(diagnostic.Message)
{
    public Diagnostic Diagnostic { get; } = diagnostic;
}
