namespace S3Criteria.Diagnostics;

/// <content>Messages of reading a baseline report (<c>S3Criteria.Writers.ReportBaseline</c>).</content>
internal static partial class Messages
{
    public static readonly Message BaselineNotReport = new(DiagnosticCodes.WrongType, "writers.baseline-not-report", "A baseline is a JSON report as the 'json' format writes it: one report (a mapping with 'strategy' and 'findings') or a list of them; found {found}.");

    public static readonly Message BaselineMissingKey = new(DiagnosticCodes.MissingKey, "writers.baseline-missing-key", "A report in a baseline needs '{key}' (text), as the 'json' format writes it.");
}
