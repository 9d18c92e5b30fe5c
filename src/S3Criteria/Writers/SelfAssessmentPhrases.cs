using System.Globalization;
using System.Text;

namespace S3Criteria.Writers;

/// <summary>
/// Every English phrase of the self-assessment (<see cref="SelfAssessmentTable"/>): the headings, the fulfilment
/// values, and the templates of the written justification, each with named placeholders (<c>{body}</c>) that
/// <see cref="Fill"/> replaces in one pass, so document text is never read as a placeholder. One place, so that a
/// translation catalogue can take them over: the writers and the justification use no other literal.
/// </summary>
internal static class SelfAssessmentPhrases
{
    // The table (Regulation (EU) 2021/1060, Annex V, programme template, table 12).
    public const string Title = "Self-assessment of enabling condition 1.1";
    public const string Condition = "1.1. Good governance of national or regional smart specialisation strategy";
    public const string Fund = "ERDF";
    public const string SpecificObjectives = "RSO1.1, RSO1.4";
    public const string HeaderCondition = "Enabling condition";
    public const string HeaderFund = "Fund";
    public const string HeaderSpecificObjective = "Specific objective";
    public const string HeaderConditionFulfilment = "Fulfilment of the enabling condition";
    public const string HeaderCriteria = "Criteria";
    public const string HeaderCriteriaFulfilment = "Fulfilment of the criteria";
    public const string HeaderDocuments = "Reference to relevant documents";
    public const string HeaderJustification = "Justification";
    public const string Criterion = "Criterion {number}: {title}";
    public const string Precondition = "Precondition: {title}";
    public const string CriterionShort = "Criterion {number}";
    public const string PreconditionShort = "Precondition";

    // Fulfilment values: "cannot assess" is never written as yes or no.
    public const string Yes = "Yes";
    public const string No = "No";
    public const string NotRelevant = "Not relevant";
    public const string CannotAssess = "Not assessed yet: data missing";
    public const string ConditionIncomplete = "Not assessed yet: the table is incomplete";

    // The lines around the table.
    public const string Strategy = "Strategy: {title}";
    public const string RegionLine = "Region: {name} ({code})";
    public const string EvaluationDate = "Evaluated on: {date}";
    public const string RuleSet = "Rule set: {id} {version}; S3Criteria {tool}";
    public const string Incomplete = "Incomplete: {count} of the {total} criteria cannot be assessed yet, because the document does not give the data they need. Their rows say what is missing; the table can be filed once they are assessed.";
    public const string ImprovementsHeading = "Improvements";
    public const string ImprovementsIntro = "Good practice the strategy does not yet follow. These points do not change the fulfilment of any criterion.";
    public const string NoImprovements = "None.";
    public const string ImprovementsHeaderCriterion = "Criterion";
    public const string ImprovementsHeaderImprovement = "Improvement";
    public const string Disclaimer = "Drafted by S3Criteria as a pre-check of the strategy document. Under Article 15(2) of Regulation (EU) 2021/1060 the Member State assesses fulfilment and justifies it: check, complete and sign this table before it is filed.";
    public const string SheetTable = "Self-assessment";
    public const string SheetAbout = "About";
    public const string PageHeader = "{title} - evaluated on {date}";

    // Relevant documents.
    public const string DocumentReference = "ref. {reference}";
    public const string DocumentDate = "of {date}";
    public const string NoDocument = "No document of the strategy's evidence is recorded for this criterion.";

    // Justification: the opening sentence per verdict.
    public const string Met = "The criterion is met on the data the document gives.";
    public const string NotMet = "The criterion is not met.";
    public const string NotAssessed = "The criterion cannot be assessed yet, so its fulfilment is left open.";
    public const string WhereRelevant = "Annex IV asks for these actions only where relevant, and the Member State decides whether they are.";
    public const string Missing = "To check that {check}, the document needs to state: {fields}.";
    public const string RuleNotEvaluated = "The check that {check} could not be evaluated.";
    public const string Checked = "{title}.";
    public const string Waived = "A deviation is accepted by a waiver: {reason}.";
    public const string MoreFindings = "{count} further point(s) of this kind are listed in the full report.";
    public const string NotRelevantStated = "The strategy states that these actions are not relevant: {justification}";
    public const string NotRelevantGeneric = "The strategy states that this criterion is not relevant to it, and gives its reasons.";

    // Justification: facts from the document, per criterion.
    public const string Adopted = "The strategy \u201c{title}\u201d was adopted on {date}.";
    public const string NotAdopted = "The strategy \u201c{title}\u201d is not recorded as adopted.";
    public const string AnalysisUpdated = "The analysis of challenges was last updated on {date}.";
    public const string AnalysisCoversBoth = "It covers the challenges for innovation diffusion and for digitalisation.";
    public const string ManagingBody = "The strategy is managed by {body}.";
    public const string Mandate = "Its mandate is given by {act}.";
    public const string MonitoringSystem = "Monitoring is carried out by {system}.";
    public const string LastReport = "The latest monitoring report is dated {date}.";
    public const string EvaluationPlanned = "An evaluation of the strategy is planned.";
    public const string Indicators = "The strategy sets {count} indicator(s), {results} of them result indicator(s) with a baseline and a target.";
    public const string EdpParticipants = "{count} of the {total} stakeholders listed take part in the entrepreneurial discovery process, {business} of them from business and {research} from research.";
    public const string EdpRecord = "The latest dated record of the process is \u201c{title}\u201d of {date}.";
    public const string ResearchActions = "The strategy has {count} action(s) to improve the research and innovation system, with a total budget of {budget}, such as \u201c{title}\u201d.";
    public const string TransitionActions = "The strategy has {count} action(s) to support industrial transition, with a total budget of {budget}, such as \u201c{title}\u201d.";
    public const string RunningPartnerships = "On {date}, {count} partnership(s) with partners outside {country} are running, such as \u201c{title}\u201d with partners in {countries}.";
    public const string FundedCooperation = "{count} international cooperation action(s) have a budget, such as \u201c{title}\u201d ({budget}).";
    public const string Money = "EUR {amount}";

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

    /// <summary>A whole number as the phrases write it (invariant, no grouping).</summary>
    public static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>An amount of money, grouped in thousands.</summary>
    public static string Amount(decimal value) => Fill(Money, ("amount", value.ToString("#,0.##", CultureInfo.InvariantCulture)));

    /// <summary>A date as the phrases write it: ISO 8601.</summary>
    public static string Date(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
