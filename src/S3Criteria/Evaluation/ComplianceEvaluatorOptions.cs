namespace S3Criteria.Evaluation;

/// <summary>Options of a <see cref="ComplianceEvaluator"/>.</summary>
public sealed class ComplianceEvaluatorOptions
{
    /// <summary>Gets or sets the clock that gives the evaluation date (<c>today</c> in rules).</summary>
    /// <value>The default is <see cref="TimeProvider.System"/>; tests pass a fixed one.</value>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Gets or sets a fixed evaluation date, for a report "as of" a day; it takes precedence over <see cref="TimeProvider"/>.</summary>
    /// <value>The default is <see langword="null"/>: today's date (UTC) from <see cref="TimeProvider"/>.</value>
    public DateOnly? EvaluationDate { get; set; }

    /// <summary>
    /// Gets or sets the language of the report's texts: a shipped language (<see cref="Localization.Languages.Shipped"/>)
    /// as a BCP 47 tag (<c>it</c>, <c>it-IT</c>, <c>EL</c>); another is an <see cref="ArgumentException"/> when the evaluator is made.
    /// </summary>
    /// <value>
    /// The default is <see langword="null"/>: the language the strategy declares (<c>language:</c>) if it is shipped,
    /// else English. A text missing in the language falls back to English and is listed in
    /// <see cref="Reports.Provenance.FallbackTexts"/>.
    /// </value>
    public string? Language { get; set; }

    /// <summary>
    /// Gets or sets the work budget of one evaluation: the most collection items the expressions of one rule may visit
    /// (each item an aggregate, a nested <c>exists</c> or <c>count</c>, or an <c>in</c> on a list field looks at counts
    /// one). A rule that goes past it stops and is reported in <see cref="Reports.ComplianceReport.Errors"/> with its
    /// location; every other rule's result is still in the report.
    /// </summary>
    /// <value>
    /// The default is <see cref="DefaultWorkLimit"/> (10,000,000), far above what the built-in rules use: under a
    /// thousandth of it (10,000 items per rule) on every bundled sample and on generated strategies, as a test asserts.
    /// </value>
    public long WorkLimit { get; set; } = DefaultWorkLimit;

    /// <summary>The default of <see cref="WorkLimit"/>.</summary>
    public const long DefaultWorkLimit = 10_000_000;

    /// <summary>Gets or sets the waivers: findings they match are marked waived and do not fail a run until they expire.</summary>
    /// <value>The default is <see cref="Waivers.WaiverSet.Empty"/>.</value>
    public Waivers.WaiverSet Waivers { get; set; } = S3Criteria.Waivers.WaiverSet.Empty;
}
