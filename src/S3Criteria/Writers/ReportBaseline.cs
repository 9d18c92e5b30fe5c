using S3Criteria.Diagnostics;
using S3Criteria.Reports;
using S3Criteria.Rules;
using S3Criteria.Text;

namespace S3Criteria.Writers;

/// <summary>
/// The findings of an earlier run, read from its JSON report (the <c>json</c> format), that a new run's findings are
/// compared with, as Semgrep's and Checkov's baselines are: a finding is <see cref="BaselineState.Unchanged"/> when the
/// baseline has a finding of the same rule about the same subject (kind and identifier) of the same strategy, which is
/// what the SARIF fingerprint <c>ruleSubjectHash/v1</c> hashes, and <see cref="BaselineState.New"/> otherwise. A message
/// that changed wording or a subject that moved in the file stays unchanged; a gate fails only on new findings.
/// </summary>
/// <threadsafety static="true" instance="true"/>
public sealed class ReportBaseline
{
    private static readonly DocumentLimits Limits = new() { MaxDocumentLength = 200_000_000, MaxItems = 1_000_000, MaxDepth = 64 };

    private readonly HashSet<string> _fingerprints;

    private ReportBaseline(HashSet<string> fingerprints)
    {
        _fingerprints = fingerprints;
    }

    /// <summary>Gets the number of distinct findings in the baseline.</summary>
    public int Count => _fingerprints.Count;

    /// <summary>Makes a baseline of reports at hand (every finding, waived or not).</summary>
    /// <param name="reports">The reports of the earlier run.</param>
    /// <returns>The baseline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/> or one of them is <see langword="null"/>.</exception>
    public static ReportBaseline FromReports(IEnumerable<ComplianceReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var fingerprints = new HashSet<string>(StringComparer.Ordinal);
        foreach (var report in reports)
        {
            ArgumentNullException.ThrowIfNull(report, nameof(reports));
            foreach (var finding in report.Findings)
            {
                fingerprints.Add(FindingFingerprint.Of(report, finding));
            }
        }

        return new ReportBaseline(fingerprints);
    }

    /// <summary>Reads a baseline from a JSON report file: one report, or a list of them as a run of several documents writes.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The baseline, or every problem found, located in the file.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    public static LoadResult<ReportBaseline> TryLoad(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var diagnostics = new List<Diagnostic>();
        var text = BoundedFile.ReadText(path, Limits, diagnostics);
        return text is null ? Result(null, diagnostics) : TryParse(text, path);
    }

    /// <summary>Reads a baseline from the text of a JSON report: one report, or a list of them.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="filePath">The file to name in problems, if any.</param>
    /// <returns>The baseline, or every problem found, located in the text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    public static LoadResult<ReportBaseline> TryParse(string json, string? filePath = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        var diagnostics = new List<Diagnostic>();
        var root = JsonTreeReader.Read(new SourceText(json, filePath), diagnostics, Limits);
        if (root is null)
        {
            return Result(null, diagnostics);
        }

        var fingerprints = new HashSet<string>(StringComparer.Ordinal);
        IReadOnlyList<YNode> reports = root is YSequence list ? list.Items : [root];
        foreach (var report in reports)
        {
            ReadReport(report, fingerprints, diagnostics);
        }

        return Result(diagnostics.Count == 0 ? new ReportBaseline(fingerprints) : null, diagnostics);
    }

    /// <summary>Compares a finding of a new report with the baseline.</summary>
    /// <param name="report">The new report that holds the finding.</param>
    /// <param name="finding">The finding.</param>
    /// <returns><see cref="BaselineState.Unchanged"/> when the baseline has the finding, else <see cref="BaselineState.New"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="finding"/> is <see langword="null"/>.</exception>
    public BaselineState StateOf(ComplianceReport report, Finding finding)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(finding);
        return _fingerprints.Contains(FindingFingerprint.Of(report, finding)) ? BaselineState.Unchanged : BaselineState.New;
    }

    /// <summary>Returns the open (not waived) findings of a report that the baseline does not have, in the report's order.</summary>
    /// <param name="report">The new report.</param>
    /// <returns>The new open findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<Finding> NewFindings(ComplianceReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return [.. report.Findings.Where(f => !f.IsWaived && StateOf(report, f) == BaselineState.New)];
    }

    /// <summary>
    /// Whether a run fails against the baseline, as a command line's <c>--baseline</c> with <c>--fail-on</c> decides:
    /// an open finding at or above the threshold that the baseline does not have.
    /// </summary>
    /// <param name="reports">The new run's reports.</param>
    /// <param name="threshold">The lowest severity that fails.</param>
    /// <returns><see langword="true"/> when some report has such a finding.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/> or one of them is <see langword="null"/>.</exception>
    public bool HasNewFindingAtOrAbove(IEnumerable<ComplianceReport> reports, Severity threshold)
    {
        ArgumentNullException.ThrowIfNull(reports);
        return reports.Any(report => NewFindings(report ?? throw new ArgumentNullException(nameof(reports))).Any(f => f.Severity >= threshold));
    }

    private static void ReadReport(YNode node, HashSet<string> fingerprints, List<Diagnostic> diagnostics)
    {
        if (node is not YMapping report || Get(report, "strategy") is not YMapping strategy || Get(report, "findings") is not YSequence findings)
        {
            diagnostics.Add(Messages.BaselineNotReport.At(node.Location, ("found", node.KindName)));
            return;
        }

        if (Text(strategy, "id", diagnostics) is not { } strategyId)
        {
            return;
        }

        foreach (var item in findings.Items)
        {
            if (item is not YMapping finding || Get(finding, "subject") is not YMapping subject)
            {
                diagnostics.Add(Messages.BaselineMissingKey.At(item.Location, ("key", "subject")));
                continue;
            }

            var ruleId = Text(finding, "ruleId", diagnostics);
            var kind = Text(subject, "kind", diagnostics);
            var id = Text(subject, "id", diagnostics);
            if (ruleId is not null && kind is not null && id is not null)
            {
                fingerprints.Add(FindingFingerprint.Of(ruleId, strategyId, kind, id));
            }
        }
    }

    private static YNode? Get(YMapping mapping, string key) =>
        mapping.Entries.FirstOrDefault(e => e.Key.Value == key).Value;

    private static string? Text(YMapping mapping, string key, List<Diagnostic> diagnostics)
    {
        if (Get(mapping, key) is YScalar { IsNull: false } scalar)
        {
            return scalar.Value;
        }

        diagnostics.Add(Messages.BaselineMissingKey.At(mapping.Location, ("key", key)));
        return null;
    }

    private static LoadResult<ReportBaseline> Result(ReportBaseline? value, IReadOnlyList<Diagnostic> diagnostics) =>
        new(value, diagnostics, d => new BaselineException(d));
}
