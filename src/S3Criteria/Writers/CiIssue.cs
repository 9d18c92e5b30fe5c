using S3Criteria.Rules;

namespace S3Criteria.Writers;

/// <summary>One problem as the CI annotation formats (GitHub, GitLab) write it.</summary>
/// <param name="Fails">Whether it fails the run: an open finding at or above the threshold (and new, with a baseline), a rule error, a document that could not be loaded.</param>
/// <param name="Severity">The rule's severity; <see langword="null"/> for a document that could not be loaded.</param>
/// <param name="File">The document, relative to the base directory with forward slashes; <see langword="null"/> when the strategy came from no file.</param>
/// <param name="Line">The 1-based line, 1 when the problem is about the whole document.</param>
/// <param name="Column">The 1-based column, when known.</param>
/// <param name="CheckName">The rule's identifier, or the diagnostic's code.</param>
/// <param name="Title">A short title: rule and subject.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Fingerprint">A stable identity of the problem across runs (for a finding, its SARIF fingerprint).</param>
internal sealed record CiIssue(bool Fails, Severity? Severity, string? File, int Line, int? Column, string CheckName, string Title, string Message, string Fingerprint);
