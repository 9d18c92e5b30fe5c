using S3Criteria.Model;
using S3Criteria.Reports;

namespace S3Criteria.Writers;

/// <summary>
/// The stable identity of a finding across runs: a hash of its rule, strategy and subject (kind and identifier), which
/// SARIF writes as the partial fingerprint <see cref="SarifText.FingerprintKey"/> and a baseline matches on. Neither
/// the message nor the line moves it, so editing the document elsewhere keeps a finding "unchanged".
/// </summary>
internal static class FindingFingerprint
{
    /// <summary>The fingerprint of a finding of a report.</summary>
    public static string Of(ComplianceReport report, Finding finding) =>
        Of(finding.RuleId, report.StrategyId, Naming.EnumName(finding.Subject.Kind), finding.Subject.Id);

    /// <summary>The fingerprint of a finding given by its parts, as a JSON report writes them.</summary>
    public static string Of(string ruleId, string strategyId, string subjectKind, string subjectId) =>
        SarifText.Hash(ruleId, strategyId, subjectKind, subjectId);
}
