using System.Globalization;
using System.Text;
using S3Criteria.Diagnostics;
using S3Criteria.Localization;

namespace S3Criteria.Writers;

/// <summary>
/// Every phrase of the self-assessment (<see cref="SelfAssessmentTable"/>) in one language: the headings, the
/// fulfilment values, and the templates of the written justification, each with named placeholders (<c>{body}</c>)
/// that <see cref="Fill"/> replaces in one pass, so document text is never read as a placeholder. The texts are the
/// catalogue's <c>self-assessment.*</c> keys (<c>Localization/Texts/&lt;code&gt;.yaml</c>); the writers and the
/// justification use no other literal.
/// </summary>
internal sealed class SelfAssessmentPhrases
{
    private readonly Labels _labels;

    /// <summary>Creates the phrases of the language of <paramref name="labels"/>.</summary>
    public SelfAssessmentPhrases(Labels labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        _labels = labels;
    }

    // The table (Regulation (EU) 2021/1060, Annex V, programme template, table 12). The specific objectives are codes, not words.
    public string Title => _labels["self-assessment.title"];
    public string Condition => _labels["self-assessment.condition"];
    public string Fund => _labels["self-assessment.fund"];
    public const string SpecificObjectives = "RSO1.1, RSO1.4";
    public string HeaderCondition => _labels["self-assessment.header-condition"];
    public string HeaderFund => _labels["self-assessment.header-fund"];
    public string HeaderSpecificObjective => _labels["self-assessment.header-specific-objective"];
    public string HeaderConditionFulfilment => _labels["self-assessment.header-condition-fulfilment"];
    public string HeaderCriteria => _labels["self-assessment.header-criteria"];
    public string HeaderCriteriaFulfilment => _labels["self-assessment.header-criteria-fulfilment"];
    public string HeaderDocuments => _labels["self-assessment.header-documents"];
    public string HeaderJustification => _labels["self-assessment.header-justification"];
    public string Criterion => _labels["self-assessment.criterion"];
    public string Precondition => _labels["self-assessment.precondition"];
    public string CriterionShort => _labels["self-assessment.criterion-short"];
    public string PreconditionShort => _labels["self-assessment.precondition-short"];

    // Fulfilment values: "cannot assess" is never written as yes or no.
    public string Yes => _labels["self-assessment.yes"];
    public string No => _labels["self-assessment.no"];
    public string NotRelevant => _labels["self-assessment.not-relevant"];
    public string CannotAssess => _labels["self-assessment.cannot-assess"];
    public string ConditionIncomplete => _labels["self-assessment.condition-incomplete"];

    // The lines around the table.
    public string Strategy => _labels["self-assessment.strategy"];
    public string RegionLine => _labels["self-assessment.region-line"];
    public string EvaluationDate => _labels["self-assessment.evaluation-date"];
    public string RuleSet => _labels["self-assessment.rule-set"];
    public string Incomplete => _labels["self-assessment.incomplete"];
    public string ImprovementsHeading => _labels["self-assessment.improvements-heading"];
    public string ImprovementsIntro => _labels["self-assessment.improvements-intro"];
    public string NoImprovements => _labels["self-assessment.no-improvements"];
    public string ImprovementsHeaderCriterion => _labels["self-assessment.improvements-header-criterion"];
    public string ImprovementsHeaderImprovement => _labels["self-assessment.improvements-header-improvement"];
    public string Disclaimer => _labels["self-assessment.disclaimer"];
    public string SheetTable => _labels["self-assessment.sheet-table"];
    public string SheetAbout => _labels["self-assessment.sheet-about"];
    public string PageHeader => _labels["self-assessment.page-header"];

    // Relevant documents.
    public string DocumentReference => _labels["self-assessment.document-reference"];
    public string DocumentDate => _labels["self-assessment.document-date"];
    public string NoDocument => _labels["self-assessment.no-document"];

    // Justification: the opening sentence per verdict.
    public string Met => _labels["self-assessment.met"];
    public string NotMet => _labels["self-assessment.not-met"];
    public string NotAssessed => _labels["self-assessment.not-assessed"];
    public string WhereRelevant => _labels["self-assessment.where-relevant"];
    public string Missing => _labels["self-assessment.missing"];
    public string RuleNotEvaluated => _labels["self-assessment.rule-not-evaluated"];
    public string Checked => _labels["self-assessment.checked"];
    public string Waived => _labels["self-assessment.waived"];
    public string MoreFindings => _labels["self-assessment.more-findings"];
    public string NotRelevantStated => _labels["self-assessment.not-relevant-stated"];
    public string NotRelevantGeneric => _labels["self-assessment.not-relevant-generic"];

    // Justification: facts from the document, per criterion.
    public string Adopted => _labels["self-assessment.adopted"];
    public string NotAdopted => _labels["self-assessment.not-adopted"];
    public string AnalysisUpdated => _labels["self-assessment.analysis-updated"];
    public string AnalysisCoversBoth => _labels["self-assessment.analysis-covers-both"];
    public string ManagingBody => _labels["self-assessment.managing-body"];
    public string Mandate => _labels["self-assessment.mandate"];
    public string MonitoringSystem => _labels["self-assessment.monitoring-system"];
    public string LastReport => _labels["self-assessment.last-report"];
    public string EvaluationPlanned => _labels["self-assessment.evaluation-planned"];
    public string Indicators => _labels["self-assessment.indicators"];
    public string EdpParticipants => _labels["self-assessment.edp-participants"];
    public string EdpRecord => _labels["self-assessment.edp-record"];
    public string ResearchActions => _labels["self-assessment.research-actions"];
    public string TransitionActions => _labels["self-assessment.transition-actions"];
    public string RunningPartnerships => _labels["self-assessment.running-partnerships"];
    public string FundedCooperation => _labels["self-assessment.funded-cooperation"];
    public string Money => _labels["self-assessment.money"];

    /// <summary>Replaces each <c>{name}</c> of a template with its value, in one pass over the template.</summary>
    /// <param name="template">One of the templates of this class.</param>
    /// <param name="values">The values by placeholder name.</param>
    /// <returns>The phrase.</returns>
    /// <exception cref="ArgumentException">A placeholder of the template has no value.</exception>
    public static string Fill(string template, params ReadOnlySpan<(string Name, string Value)> values)
    {
        var result = new StringBuilder(template.Length + 32);
        for (var i = 0; i < template.Length; i++)
        {
            var close = template[i] == '{' ? template.IndexOf('}', i + 1) : -1;
            if (close < 0)
            {
                result.Append(template[i]);
                continue;
            }

            var name = template[(i + 1)..close];
            var found = false;
            foreach (var (key, value) in values)
            {
                if (string.Equals(key, name, StringComparison.Ordinal))
                {
                    result.Append(value);
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                throw new ArgumentException($"The phrase '{template}' needs a value for {{{name}}}.", nameof(values));
            }

            i = close;
        }

        return result.ToString();
    }

    /// <summary>
    /// Like <see cref="Fill"/>, for a template with plural placeholders (<c>{count, plural, one {# action} other {# actions}}</c>):
    /// each takes the branch of its count's plural category in this language.
    /// </summary>
    /// <param name="template">One of the templates of this class.</param>
    /// <param name="values">The values by placeholder name; counts written by <see cref="Count(int)"/>.</param>
    /// <returns>The phrase.</returns>
    /// <exception cref="ArgumentException">A placeholder of the template has no value.</exception>
    public string FillCounted(string template, params ReadOnlySpan<(string Name, string Value)> values)
    {
        var byName = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in values)
        {
            byName[name] = value;
        }

        return Fill(PluralForm.Resolve(template, name => byName.GetValueOrDefault(name), _labels.Language), values);
    }

    /// <summary>A whole number as the phrases write it (invariant, no grouping).</summary>
    public static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// An amount of money, its digits grouped by three with a no-break space (<c>EUR 150 000 000</c>), as the SI
    /// Brochure (9th edition, 5.4.4) writes numbers: a comma or a point between groups would read as the decimal mark
    /// in half of the report languages. Cents, if any, follow a point (two digits), as every number of the reports does.
    /// </summary>
    public string Amount(decimal value) =>
        Fill(Money, ("amount", value.ToString(value == decimal.Truncate(value) ? "#,0" : "#,0.00", CultureInfo.InvariantCulture).Replace(',', '\u00A0')));

    /// <summary>A date as the phrases write it: ISO 8601.</summary>
    public static string Date(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
