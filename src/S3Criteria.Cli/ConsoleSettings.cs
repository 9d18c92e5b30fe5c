namespace S3Criteria.Cli;

/// <summary>The console options as given: <c>--quiet</c>, <c>--verbose</c>, <c>--no-color</c>.</summary>
/// <param name="Quiet">Only open findings, the verdicts and the summary; no status lines.</param>
/// <param name="Verbose">List the references of findings.</param>
/// <param name="NoColour">No colours even on a terminal.</param>
internal sealed record ConsoleSettings(bool Quiet, bool Verbose, bool NoColour);
