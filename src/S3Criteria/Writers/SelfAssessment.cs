namespace S3Criteria.Writers;

/// <summary>
/// The self-assessment of one report, laid out by its writers (Markdown, CSV, Word, Excel): the table of Regulation
/// (EU) 2021/1060, Annex V (one row per criterion), whether it is complete, and the improvements listed after it.
/// Every text in it is plain, unescaped text; <see cref="SelfAssessmentTable.Build"/> makes it.
/// </summary>
internal sealed class SelfAssessment
{
    /// <summary>Gets the strategy's title.</summary>
    public required string StrategyTitle { get; init; }

    /// <summary>Gets the lines that say what was assessed: strategy, region, evaluation date, rule set.</summary>
    public required IReadOnlyList<string> About { get; init; }

    /// <summary>Gets the evaluation date, as the phrases write it.</summary>
    public required string EvaluationDate { get; init; }

    /// <summary>Gets the fulfilment of the enabling condition as a whole.</summary>
    public required string ConditionFulfilment { get; init; }

    /// <summary>Gets the sentence that marks the table incomplete, or <see langword="null"/> when every criterion is assessed.</summary>
    public required string? Incomplete { get; init; }

    /// <summary>Gets the rows, one per criterion, the precondition last.</summary>
    public required IReadOnlyList<SelfAssessmentRow> Rows { get; init; }

    /// <summary>Gets the improvements (advisory and info findings, not waived), in criterion order.</summary>
    public required IReadOnlyList<(string Criterion, string Text)> Improvements { get; init; }

    /// <summary>Gets the phrases of the report's language: the writers take every word around the table from here.</summary>
    public required SelfAssessmentPhrases Phrases { get; init; }

    /// <summary>Gets the column headers of the table, in the report's language.</summary>
    public IReadOnlyList<string> Headers =>
    [
        Phrases.HeaderCondition, Phrases.HeaderFund, Phrases.HeaderSpecificObjective,
        Phrases.HeaderConditionFulfilment, Phrases.HeaderCriteria, Phrases.HeaderCriteriaFulfilment,
        Phrases.HeaderDocuments, Phrases.HeaderJustification,
    ];

    /// <summary>Gets the cells of each row as plain text, in the order of <see cref="Headers"/>; documents one per line.</summary>
    public IEnumerable<string[]> Cells() =>
        Rows.Select(row => new[]
        {
            Phrases.Condition, Phrases.Fund, SelfAssessmentPhrases.SpecificObjectives, ConditionFulfilment,
            row.Criterion, row.Fulfilment, string.Join("\n", row.Documents), row.Justification,
        });
}
