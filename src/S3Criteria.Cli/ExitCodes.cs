namespace S3Criteria.Cli;

/// <summary>
/// The exit codes of the <c>s3criteria</c> command: one table for every command, as pipelines rely on them. Every
/// command's <c>--help</c> ends with <see cref="Table"/>, and the README's "Reliability" section repeats it.
/// </summary>
internal static class ExitCodes
{
    /// <summary>No open finding at or above the <c>--fail-on</c> severity (and, for the other commands, what they check holds).</summary>
    public const int Success = 0;

    /// <summary>
    /// Findings: an open finding at or above the <c>--fail-on</c> severity, or a rule at or above it that could not be
    /// evaluated (its criterion cannot be assessed); for <c>diff</c> a regression, for <c>test</c> a failing case.
    /// </summary>
    public const int Findings = 1;

    /// <summary>Bad input or usage: a document, rule or waiver file with errors, a missing file, an unknown option, an output that cannot be written.</summary>
    public const int BadInput = 2;

    /// <summary>An internal error: an exception that s3criteria did not expect, a defect of the tool, never of the input.</summary>
    public const int InternalError = 3;

    /// <summary>The table, as every command's help shows it.</summary>
    public const string Table = """
        Exit codes (the same for every command):
          0  success: no open finding at or above --fail-on; for diff nothing regressed, for test every case passed
          1  findings: an open finding at or above --fail-on, or a rule at or above it that could not be evaluated
             (its criterion cannot be assessed); for diff a regression, for test a failing case
          2  bad input or usage: a document, rule or waiver file with errors, a missing file, an unknown option,
             an output that cannot be written
          3  internal error: a defect of s3criteria; a short message on standard error, never a stack trace
        """;

    /// <summary>Returns a command's description followed by the exit-code table.</summary>
    /// <param name="description">What the command does.</param>
    public static string Describe(string description) => description + "\n\n" + Table;
}
