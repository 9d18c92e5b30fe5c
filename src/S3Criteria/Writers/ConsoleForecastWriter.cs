using S3Criteria.Forecasting;
using S3Criteria.Reports;
using static S3Criteria.Writers.ForecastText;

namespace S3Criteria.Writers;

/// <summary>
/// The <c>console</c> format of forecasts: per strategy the timeline of the condition and of each criterion, every
/// change with its causes and the findings that appear or disappear, and the renewal list. Colours with ANSI codes
/// when the context asks.
/// </summary>
internal sealed class ConsoleForecastWriter : ForecastWriter
{
    public override string Format => "console";

    public override string FileExtension => "txt";

    public override ReportWriterScope Scope => ReportWriterScope.Run;

    public override void Write(ForecastWriterContext context, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(writer);
        for (var i = 0; i < context.Forecasts.Count; i++)
        {
            if (i > 0)
            {
                writer.WriteLine();
            }

            WriteForecast(context.Forecasts[i], writer, context.UseColour);
        }
    }

    private static void WriteForecast(ComplianceForecast forecast, TextWriter writer, bool useColour)
    {
        string Paint(string text, string colour) => useColour ? $"\u001b[{colour}m{text}\u001b[0m" : text;
        string Timeline(IReadOnlyList<VerdictInterval> intervals) =>
            Paint(ForecastText.Timeline(intervals), intervals.All(i => i.Verdict is Verdict.Fulfilled or Verdict.NotApplicable) ? "32" : "31");

        var provenance = forecast.Provenance;
        writer.WriteLine($"Forecast: {forecast.StrategyTitle} ({forecast.RegionCode})");
        writer.WriteLine($"Rule set {provenance.RuleSetId} {provenance.RuleSetVersion}, {Date(forecast.From)} to {Date(forecast.Until)}{(provenance.DocumentPath is null ? string.Empty : $", document {provenance.DocumentPath}")}; evaluated on {forecast.EvaluatedDates.Count} change point(s)");
        writer.WriteLine($"Enabling condition 1.1: {Timeline(forecast.Condition)}");
        writer.WriteLine();
        var width = forecast.Criteria.Count == 0 ? 0 : forecast.Criteria.Max(c => c.CriterionId.Length);
        foreach (var criterion in forecast.Criteria)
        {
            writer.WriteLine($"  {criterion.CriterionId.PadRight(width)}  {Timeline(criterion.Intervals)}");
        }

        foreach (var change in forecast.Changes)
        {
            writer.WriteLine();
            var verdicts = change.Criteria.Select(c => $"{c.CriterionId} {Change(c.Before, c.After)}").ToList();
            if (change.ConditionBefore != change.ConditionAfter)
            {
                verdicts.Add($"condition {Change(change.ConditionBefore, change.ConditionAfter)}");
            }

            writer.WriteLine($"{Paint(Date(change.Date), change.IsLapse || change.Criteria.Any(c => c.IsLapse) ? "31" : "36")}  {(verdicts.Count == 0 ? "findings change, no verdict does" : string.Join("; ", verdicts))}");
            writer.WriteLine($"    because {Causes(change.Causes)}");
            foreach (var finding in change.Findings)
            {
                var marker = finding.Kind == FindingChangeKind.Disappears ? Paint("-", "32") : Paint("+", finding.Finding.Severity == Rules.Severity.Blocking ? "31" : "33");
                writer.WriteLine($"    {marker} {finding.Finding.RuleId} [{ReportLabels.Severity(finding.Finding.Severity)}] {Subject(finding.Finding.Subject)} ({Kind(finding.Kind)}): {finding.Finding.Message}");
            }
        }

        if (forecast.UnresolvedRules.Count > 0)
        {
            writer.WriteLine();
            writer.WriteLine($"Note: rule(s) {string.Join(", ", forecast.UnresolvedRules)} move dates by a duration the forecast cannot read; their changes may show on a later day.");
        }

        writer.WriteLine();
        if (forecast.Renewals.Count == 0)
        {
            writer.WriteLine(forecast.IsFulfilledThroughout
                ? $"Nothing to renew: the condition stays fulfilled until {Date(forecast.Until)}, as the document stands."
                : "Nothing lapses in the period; the criteria not met now are in the check report.");
            return;
        }

        writer.WriteLine("To renew before the condition lapses, by date:");
        foreach (var renewal in forecast.Renewals)
        {
            writer.WriteLine($"  by {Date(renewal.RenewBy)}  {renewal.CriterionId} {renewal.Finding.RuleId} {Subject(renewal.Finding.Subject)}: {renewal.Finding.Recommendation ?? renewal.Finding.Message}");
            writer.WriteLine($"      because {Causes(renewal.Causes)}");
            if (renewal.Finding.Parameters.Count > 0)
            {
                writer.WriteLine($"      {ReportLabels.Thresholds(renewal.Finding)}");
            }
        }
    }
}
