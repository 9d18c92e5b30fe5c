using System.Globalization;
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
    public static string Verdict(Verdict verdict) => verdict switch
    {
        Reports.Verdict.Fulfilled => "fulfilled",
        Reports.Verdict.NotFulfilled => "not fulfilled",
        Reports.Verdict.NotApplicable => "not applicable",
        _ => "cannot assess",
    };

    /// <summary>Returns a severity in words: <c>blocking</c>, <c>advisory</c> or <c>info</c>.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>The word.</returns>
    public static string Severity(Severity severity) => severity switch
    {
        Rules.Severity.Blocking => "blocking",
        Rules.Severity.Advisory => "advisory",
        _ => "info",
    };

    /// <summary>Returns what a finding is about, briefly: <c>strategy</c>, or the kind and identifier (<c>priority tourism</c>).</summary>
    /// <param name="subject">The subject.</param>
    /// <returns>The words.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="subject"/> is <see langword="null"/>.</exception>
    public static string Subject(Subject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return subject.Kind == SubjectKind.Strategy ? "strategy" : $"{Kind(subject.Kind)} {subject.Id}";
    }

    /// <summary>Returns the improvements beside a criterion's verdict, such as <c> (2 improvements)</c>, or nothing when it has none.</summary>
    /// <param name="criterion">The criterion.</param>
    /// <returns>The words, starting with a space, or an empty string.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="criterion"/> is <see langword="null"/>.</exception>
    public static string Improvements(CriterionResult criterion)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        return criterion.Improvements switch
        {
            0 => string.Empty,
            1 => " (1 improvement)",
            var count => string.Create(CultureInfo.InvariantCulture, $" ({count} improvements)"),
        };
    }

    /// <summary>Returns the thresholds a finding's decision rests on, labelled as the rule set's and not the regulation's.</summary>
    /// <param name="finding">The finding.</param>
    /// <returns>The words, or an empty string when the rule uses no parameter.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="finding"/> is <see langword="null"/>.</exception>
    public static string Thresholds(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return finding.Parameters.Count == 0
            ? string.Empty
            : "Threshold of this rule set, not of the regulation: " + string.Join("; ", finding.Parameters.Select(p => $"{p.Name} = {p.Value}")) + ".";
    }

    /// <summary>Returns a kind of subject as the rule language names it, in kebab case (<c>priority</c>, <c>stakeholder</c>).</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The name.</returns>
    public static string Kind(SubjectKind kind) => Naming.EnumName(kind);
}
