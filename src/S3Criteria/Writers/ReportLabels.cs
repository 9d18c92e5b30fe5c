using S3Criteria.Localization;
using S3Criteria.Model;
using S3Criteria.Reports;
using S3Criteria.Rules;

namespace S3Criteria.Writers;

/// <summary>
/// The words the text formats (console, Markdown, the self-assessment table) use for verdicts, severities and subjects,
/// so that other outputs, such as a command line's comparison of two drafts, say the same.
/// </summary>
public static class ReportLabels
{
    /// <summary>Returns a verdict in words, in lower case: <c>fulfilled</c>, <c>not fulfilled</c>, <c>not applicable</c> or <c>cannot assess</c>.</summary>
    /// <param name="verdict">The verdict.</param>
    /// <returns>The words.</returns>
    public static string Verdict(Verdict verdict) => Verdict(verdict, Labels.English);

    /// <summary>Returns a verdict in words, in lower case, in the language of <paramref name="labels"/>.</summary>
    internal static string Verdict(Verdict verdict, Labels labels) => labels["verdict." + VerdictKey(verdict)];

    /// <summary>Returns the catalogue key of a verdict: <c>fulfilled</c>, <c>not-fulfilled</c>, <c>not-applicable</c>, <c>cannot-assess</c>.</summary>
    internal static string VerdictKey(Verdict verdict) => verdict switch
    {
        Reports.Verdict.Fulfilled => "fulfilled",
        Reports.Verdict.NotFulfilled => "not-fulfilled",
        Reports.Verdict.NotApplicable => "not-applicable",
        _ => "cannot-assess",
    };

    /// <summary>Returns a severity in words: <c>blocking</c>, <c>advisory</c> or <c>info</c>.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>The word.</returns>
    public static string Severity(Severity severity) => Severity(severity, Labels.English);

    /// <summary>Returns a severity in words, in the language of <paramref name="labels"/>.</summary>
    internal static string Severity(Severity severity, Labels labels) => labels["severity." + severity switch
    {
        Rules.Severity.Blocking => "blocking",
        Rules.Severity.Advisory => "advisory",
        _ => "info",
    }];

    /// <summary>Returns what a finding is about, briefly: <c>strategy</c>, or the kind and identifier (<c>priority tourism</c>).</summary>
    /// <param name="subject">The subject.</param>
    /// <returns>The words.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="subject"/> is <see langword="null"/>.</exception>
    public static string Subject(Subject subject) => Subject(subject, Labels.English);

    /// <summary>Returns what a finding is about, briefly, in the language of <paramref name="labels"/>.</summary>
    internal static string Subject(Subject subject, Labels labels)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return subject.Kind == SubjectKind.Strategy ? labels["subject.strategy"] : $"{Kind(subject.Kind, labels)} {subject.Id}";
    }

    /// <summary>Returns the improvements beside a criterion's verdict, such as <c> (2 improvements)</c>, or nothing when it has none.</summary>
    /// <param name="criterion">The criterion.</param>
    /// <returns>The words, starting with a space, or an empty string.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="criterion"/> is <see langword="null"/>.</exception>
    public static string Improvements(CriterionResult criterion) => Improvements(criterion, Labels.English);

    /// <summary>Returns the improvements beside a criterion's verdict in the language of <paramref name="labels"/>.</summary>
    internal static string Improvements(CriterionResult criterion, Labels labels)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        return criterion.Improvements switch
        {
            0 => string.Empty,
            1 => " " + labels["report.one-improvement"],
            var count => " " + labels.Format("report.improvements", ("count", count)),
        };
    }

    /// <summary>Returns the thresholds a finding's decision rests on, labelled as the rule set's and not the regulation's.</summary>
    /// <param name="finding">The finding.</param>
    /// <returns>The words, or an empty string when the rule uses no parameter.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="finding"/> is <see langword="null"/>.</exception>
    public static string Thresholds(Finding finding) => Thresholds(finding, Labels.English);

    /// <summary>Returns the thresholds a finding's decision rests on, in the language of <paramref name="labels"/>.</summary>
    internal static string Thresholds(Finding finding, Labels labels)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return finding.Parameters.Count == 0
            ? string.Empty
            : labels.Format("report.thresholds", ("values", string.Join("; ", finding.Parameters.Select(p => $"{p.Name} = {p.Value}"))));
    }

    /// <summary>Returns a kind of subject as the rule language names it, in kebab case (<c>priority</c>, <c>stakeholder</c>).</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The name.</returns>
    public static string Kind(SubjectKind kind) => Naming.EnumName(kind);

    /// <summary>Returns a kind of subject in the language of <paramref name="labels"/> (<c>priorità</c>); English keeps the rule language's name.</summary>
    internal static string Kind(SubjectKind kind, Labels labels) => labels["subject." + Naming.EnumName(kind)];
}
