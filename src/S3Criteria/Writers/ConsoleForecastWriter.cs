using S3Criteria.Forecasting;
using S3Criteria.Reports;
using static S3Criteria.Writers.ForecastText;
using S3Criteria.Localization;

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
        var provenance = forecast.Provenance;
        var labels = Labels.For(provenance.Language);
        string Timeline(IReadOnlyList<VerdictInterval> intervals) =>
            Paint(ForecastText.Timeline(intervals, labels), intervals.All(i => i.Verdict is Verdict.Fulfilled or Verdict.NotApplicable) ? "32" : "31");

        writer.WriteLine(labels.Format("forecast.title", ("title", forecast.StrategyTitle), ("region", forecast.RegionCode)));
        writer.WriteLine(labels.Format(
            "forecast.console.meta",
            ("id", provenance.RuleSetId),
            ("version", provenance.RuleSetVersion),
            ("from", forecast.From),
            ("until", forecast.Until),
            ("document", provenance.DocumentPath is null ? string.Empty : labels.Format("report.document", ("path", provenance.DocumentPath))),
            ("count", forecast.EvaluatedDates.Count)));
        writer.WriteLine($"{labels["report.condition"]}: {Timeline(forecast.Condition)}");
        writer.WriteLine();
        var width = forecast.Criteria.Count == 0 ? 0 : forecast.Criteria.Max(c => c.CriterionId.Length);
        foreach (var criterion in forecast.Criteria)
        {
            writer.WriteLine($"  {criterion.CriterionId.PadRight(width)}  {Timeline(criterion.Intervals)}");
        }

        foreach (var change in forecast.Changes)
        {
            writer.WriteLine();
            var verdicts = change.Criteria.Select(c => $"{c.CriterionId} {Change(c.Before, c.After, labels)}").ToList();
            if (change.ConditionBefore != change.ConditionAfter)
            {
                verdicts.Add(labels.Format("forecast.condition-change", ("change", Change(change.ConditionBefore, change.ConditionAfter, labels))));
            }

            writer.WriteLine($"{Paint(Date(change.Date), change.IsLapse || change.Criteria.Any(c => c.IsLapse) ? "31" : "36")}  {(verdicts.Count == 0 ? labels["forecast.findings-change"] : string.Join("; ", verdicts))}");
            writer.WriteLine("    " + labels.Format("forecast.because-lower", ("causes", Causes(change.Causes, labels))));
            foreach (var finding in change.Findings)
            {
                var marker = finding.Kind == FindingChangeKind.Disappears ? Paint("-", "32") : Paint("+", finding.Finding.Severity == Rules.Severity.Blocking ? "31" : "33");
                writer.WriteLine($"    {marker} {finding.Finding.RuleId} [{ReportLabels.Severity(finding.Finding.Severity, labels)}] {ReportLabels.Subject(finding.Finding.Subject, labels)} ({Kind(finding.Kind, labels)}): {finding.Finding.Message}");
            }
        }

        if (forecast.UnresolvedRules.Count > 0)
        {
            writer.WriteLine();
            writer.WriteLine(labels.Format("forecast.unresolved", ("rules", string.Join(", ", forecast.UnresolvedRules))));
        }

        writer.WriteLine();
        if (forecast.Renewals.Count == 0)
        {
            writer.WriteLine(forecast.IsFulfilledThroughout
                ? labels.Format("forecast.nothing-to-renew-until", ("date", forecast.Until))
                : labels["forecast.nothing-lapses-console"]);
            return;
        }

        writer.WriteLine(labels["forecast.renew-heading"]);
        foreach (var renewal in forecast.Renewals)
        {
            writer.WriteLine($"  {labels.Format("forecast.by", ("date", renewal.RenewBy))}  {renewal.CriterionId} {renewal.Finding.RuleId} {ReportLabels.Subject(renewal.Finding.Subject, labels)}: {renewal.Finding.Recommendation ?? renewal.Finding.Message}");
            writer.WriteLine("      " + labels.Format("forecast.because-lower", ("causes", Causes(renewal.Causes, labels))));
            if (renewal.Finding.Parameters.Count > 0)
            {
                writer.WriteLine($"      {ReportLabels.Thresholds(renewal.Finding, labels)}");
            }
        }
    }
}
