using S3Criteria.Model;
using S3Criteria.Reports;

namespace S3Criteria.Writers;

/// <summary>Words for verdicts and outcomes, shared by the human-readable formats.</summary>
internal static class Labels
{
    public static string Verdict(Verdict verdict) => verdict switch
    {
        Reports.Verdict.Fulfilled => "fulfilled",
        Reports.Verdict.PartiallyFulfilled => "partially fulfilled",
        Reports.Verdict.NotFulfilled => "not fulfilled",
        Reports.Verdict.NotApplicable => "not applicable",
        _ => "cannot assess",
    };

    public static string Severity(Rules.Severity severity) => severity switch
    {
        Rules.Severity.Blocking => "blocking",
        Rules.Severity.Advisory => "advisory",
        _ => "info",
    };

    public static string Subject(Subject subject) => subject.Kind == SubjectKind.Strategy ? "strategy" : $"{Kind(subject.Kind)} {subject.Id}";

    public static string Kind(SubjectKind kind) => Naming.EnumName(kind);
}
