namespace S3Criteria.Writers;

/// <summary>One file of a SARIF log's <c>artifacts</c>.</summary>
/// <param name="Uri">The file's URI: relative to <c>%SRCROOT%</c> when <paramref name="Relative"/>, else an absolute <c>file</c> URI.</param>
/// <param name="Relative">Whether <paramref name="Uri"/> is relative to <c>%SRCROOT%</c>.</param>
/// <param name="Role">The SARIF role: <c>analysisTarget</c> or <c>userSpecifiedConfiguration</c>.</param>
/// <param name="Hash">The SHA-256 of the file's text, for a strategy document.</param>
/// <param name="Lines">The number of lines of a strategy document, when known.</param>
internal sealed record SarifArtifact(string Uri, bool Relative, string Role, string? Hash, int? Lines);
