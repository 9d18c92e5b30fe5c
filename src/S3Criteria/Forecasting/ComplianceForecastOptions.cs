namespace S3Criteria.Forecasting;

/// <summary>Options of a <see cref="ComplianceForecaster"/>.</summary>
public sealed class ComplianceForecastOptions
{
    /// <summary>
    /// The default last day of a forecast: 31 December 2029, the last day of eligible expenditure for the 2021–2027
    /// programmes (Regulation (EU) 2021/1060, Article 63(2)).
    /// </summary>
    public static readonly DateOnly DefaultUntil = new(2029, 12, 31);

    /// <summary>Gets or sets the first day of the forecast.</summary>
    /// <value>The default is <see langword="null"/>: today's date (UTC) from <see cref="TimeProvider"/>.</value>
    public DateOnly? From { get; set; }

    /// <summary>Gets or sets the last day of the forecast.</summary>
    /// <value>The default is <see cref="DefaultUntil"/>.</value>
    public DateOnly Until { get; set; } = DefaultUntil;

    /// <summary>Gets or sets the clock that gives the first day when <see cref="From"/> is not set.</summary>
    /// <value>The default is <see cref="TimeProvider.System"/>.</value>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Gets or sets the language of the reports' texts, as <see cref="Evaluation.ComplianceEvaluatorOptions.Language"/> reads it.</summary>
    /// <value>The default is <see langword="null"/>: the language the strategy declares if it is shipped, else English.</value>
    public string? Language { get; set; }

    /// <summary>Gets or sets the waivers; their expiries are change points.</summary>
    /// <value>The default is <see cref="Waivers.WaiverSet.Empty"/>.</value>
    public Waivers.WaiverSet Waivers { get; set; } = S3Criteria.Waivers.WaiverSet.Empty;
}
