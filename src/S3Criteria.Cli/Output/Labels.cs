using S3Criteria.Reporting;

namespace S3Criteria.Cli.Output;

/// <summary>Words for verdicts and outcomes, shared by the human-readable formats.</summary>
internal static class Labels
{
    public static string Verdict(Verdict verdict) => verdict switch
    {
        Reporting.Verdict.Fulfilled => "fulfilled",
        Reporting.Verdict.PartiallyFulfilled => "partially fulfilled",
        Reporting.Verdict.NotFulfilled => "not fulfilled",
        Reporting.Verdict.NotApplicable => "not applicable",
        _ => "cannot assess",
    };

    public static string Severity(Rules.Severity severity) => severity switch
    {
        Rules.Severity.Blocking => "blocking",
        Rules.Severity.Advisory => "advisory",
        _ => "info",
    };

    public static string Subject(Subject subject) => subject.Kind == "strategy" ? "strategy" : $"{subject.Kind} {subject.Id}";
}
