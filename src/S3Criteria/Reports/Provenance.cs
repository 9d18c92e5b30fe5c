using S3Criteria.Engine;
using S3Criteria.Rules;

namespace S3Criteria.Reports;

/// <summary>What a report was computed from: it makes a report an audit record.</summary>
/// <threadsafety static="true" instance="true"/>
public sealed class Provenance
{
    internal Provenance(RuleSet ruleSet, string toolVersion, string? documentPath, string? documentHash, DateOnly evaluationDate, string language, int? documentLineCount = null, IReadOnlyList<string>? fallbackTexts = null)
    {
        RuleSetId = ruleSet.Id;
        RuleSetVersion = ruleSet.Version;
        RuleSetHash = ruleSet.ContentHash;
        ToolVersion = toolVersion;
        DocumentPath = documentPath;
        DocumentHash = documentHash;
        DocumentLineCount = documentLineCount;
        EvaluationDate = evaluationDate;
        Language = language;
        FallbackTexts = fallbackTexts ?? [];
        ParameterOverrides = [.. ruleSet.Parameters.Where(p => p.IsOverridden)];
        DisabledRules = ruleSet.DisabledRules;
    }

    /// <summary>Gets the rule set's identifier.</summary>
    public string RuleSetId { get; }

    /// <summary>Gets the rule set's version.</summary>
    public string RuleSetVersion { get; }

    /// <summary>Gets the SHA-256 of the rule files.</summary>
    public string RuleSetHash { get; }

    /// <summary>Gets the version of S3Criteria that evaluated.</summary>
    public string ToolVersion { get; }

    /// <summary>Gets the strategy document's file, if the strategy came from one.</summary>
    public string? DocumentPath { get; }

    /// <summary>Gets the SHA-256 of the strategy document, if the strategy came from one.</summary>
    public string? DocumentHash { get; }

    /// <summary>
    /// Gets the number of lines of the strategy document, if the strategy came from one: counted from the text that was
    /// evaluated, when it was loaded, so that writers can point at the whole document without reading the file again.
    /// </summary>
    public int? DocumentLineCount { get; }

    /// <summary>Gets the date rules measured time against (<c>today</c>).</summary>
    public DateOnly EvaluationDate { get; }

    /// <summary>Gets the language of the report's texts.</summary>
    public string Language { get; }

    /// <summary>
    /// Gets the texts shown in English because they have none in <see cref="Language"/>: a rule's or criterion's field
    /// (<c>C7-01.title</c>, <c>C7-01.recommendation</c>) or a label of the tool (<c>label:console.what-to-do</c>).
    /// Empty in English.
    /// </summary>
    public IReadOnlyList<string> FallbackTexts { get; }

    /// <summary>Gets the parameters set to other values than their defaults.</summary>
    public IReadOnlyList<RuleParameterDescriptor> ParameterOverrides { get; }

    /// <summary>Gets the rules disabled, with reasons.</summary>
    public IReadOnlyList<DisabledRule> DisabledRules { get; }
}
