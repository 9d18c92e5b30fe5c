namespace S3Criteria.Cli;

/// <summary>The exit codes of the <c>s3criteria</c> command, as pipelines rely on them.</summary>
internal static class ExitCodes
{
    /// <summary>No finding at or above the <c>--fail-on</c> severity.</summary>
    public const int Success = 0;

    /// <summary>At least one finding at or above the <c>--fail-on</c> severity.</summary>
    public const int Findings = 1;

    /// <summary>Bad input or usage: a document or rule file with errors, a missing file, an unknown option.</summary>
    public const int BadInput = 2;

    /// <summary>An internal error: a defect of S3Criteria, not of the input; the message asks for a report.</summary>
    public const int InternalError = 3;
}
