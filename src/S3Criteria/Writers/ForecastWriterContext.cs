using S3Criteria.Forecasting;

namespace S3Criteria.Writers;

/// <summary>Everything a <see cref="ForecastWriter"/> prints comes from here: the forecasts and the presentation options.</summary>
/// <threadsafety static="true" instance="true"/>
public sealed class ForecastWriterContext
{
    /// <summary>Creates a context for the forecasts of a run.</summary>
    /// <param name="forecasts">The forecasts, in the order to write them.</param>
    /// <param name="options">How to present them (<see cref="ReportWriterOptions.UseColour"/> for the console); the defaults when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="forecasts"/> or one of them is <see langword="null"/>.</exception>
    public ForecastWriterContext(IEnumerable<ComplianceForecast> forecasts, ReportWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(forecasts);
        ComplianceForecast[] all = [.. forecasts];
        foreach (var forecast in all)
        {
            ArgumentNullException.ThrowIfNull(forecast, nameof(forecasts));
        }

        Forecasts = all;
        UseColour = options?.UseColour ?? false;
    }

    /// <summary>Creates a context for one forecast.</summary>
    /// <param name="forecast">The forecast.</param>
    /// <param name="options">How to present it; the defaults when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="forecast"/> is <see langword="null"/>.</exception>
    public ForecastWriterContext(ComplianceForecast forecast, ReportWriterOptions? options = null)
        : this([forecast ?? throw new ArgumentNullException(nameof(forecast))], options)
    {
    }

    private ForecastWriterContext(ComplianceForecast forecast, bool useColour)
    {
        Forecasts = [forecast];
        UseColour = useColour;
    }

    /// <summary>Gets the forecasts, in the order to write them.</summary>
    public IReadOnlyList<ComplianceForecast> Forecasts { get; }

    /// <summary>Gets whether the console format colours its output.</summary>
    public bool UseColour { get; }

    /// <summary>Returns a context for one forecast of this one, with the same options.</summary>
    /// <param name="index">The forecast's index in <see cref="Forecasts"/>.</param>
    /// <returns>The context of that forecast alone.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not an index of <see cref="Forecasts"/>.</exception>
    public ForecastWriterContext ForForecast(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Forecasts.Count);
        return new ForecastWriterContext(Forecasts[index], UseColour);
    }
}
