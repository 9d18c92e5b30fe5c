using S3Criteria.Forecasting;
using static S3Criteria.Writers.ForecastText;
using S3Criteria.Localization;

namespace S3Criteria.Writers;

/// <summary>
/// The <c>markdown</c> format of forecasts, for pull-request comments and monitoring-committee papers: the timeline
/// per criterion as a table, the changes with their causes, and the renewal list as a table.
/// </summary>
internal sealed class MarkdownForecastWriter : ForecastWriter
{
    public override string Format => "markdown";

    public override string FileExtension => "md";

    public override ReportWriterScope Scope => ReportWriterScope.Run;

    public override void Write(ForecastWriterContext context, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var forecast in context.Forecasts)
        {
            WriteForecast(forecast, writer);
        }
    }

    private static void WriteForecast(ComplianceForecast forecast, TextWriter writer)
    {
        static string E(string text) => MarkdownReportWriter.Escape(text);
        var provenance = forecast.Provenance;
        var labels = Labels.For(provenance.Language);
        writer.WriteLine($"## {labels.Format("forecast.title", ("title", E(forecast.StrategyTitle)), ("region", forecast.RegionCode))}: {Timeline(forecast.Condition, labels)}");
        writer.WriteLine();
        writer.WriteLine(labels.Format("forecast.markdown.meta", ("id", $"`{provenance.RuleSetId}`"), ("version", provenance.RuleSetVersion), ("from", forecast.From), ("until", forecast.Until), ("count", forecast.EvaluatedDates.Count)));
        writer.WriteLine();
        writer.WriteLine($"| {labels["table.criterion"]} | {labels["forecast.table.over-the-period"]} |");
        writer.WriteLine("|---|---|");
        foreach (var criterion in forecast.Criteria)
        {
            writer.WriteLine($"| {criterion.CriterionId} {E(criterion.Title)} | **{Timeline(criterion.Intervals, labels)}** |");
        }

        if (forecast.Changes.Count > 0)
        {
            writer.WriteLine();
            writer.WriteLine($"### {labels["forecast.changes"]}");
            writer.WriteLine();
            foreach (var change in forecast.Changes)
            {
                var verdicts = change.Criteria.Select(c => $"{c.CriterionId} {Change(c.Before, c.After, labels)}").ToList();
                if (change.ConditionBefore != change.ConditionAfter)
                {
                    verdicts.Add(labels.Format("forecast.condition-change", ("change", Change(change.ConditionBefore, change.ConditionAfter, labels))));
                }

                writer.WriteLine($"- **{Date(change.Date)}**: {(verdicts.Count == 0 ? labels["forecast.findings-change"] : string.Join("; ", verdicts))}. {labels.Format("forecast.because-sentence", ("causes", E(Causes(change.Causes, labels))))}");
                foreach (var finding in change.Findings)
                {
                    writer.WriteLine($"  - {Kind(finding.Kind, labels)}: **{finding.Finding.RuleId}** `{ReportLabels.Severity(finding.Finding.Severity, labels)}` {ReportLabels.Subject(finding.Finding.Subject, labels)}: {E(finding.Finding.Message)}");
                }
            }
        }

        writer.WriteLine();
        if (forecast.Renewals.Count == 0)
        {
            writer.WriteLine(labels[forecast.IsFulfilledThroughout ? "forecast.nothing-to-renew" : "forecast.nothing-lapses-short"]);
            writer.WriteLine();
            return;
        }

        writer.WriteLine($"### {labels["forecast.renewals"]}");
        writer.WriteLine();
        writer.WriteLine($"| {labels["forecast.table.renewals"]} |");
        writer.WriteLine("|---|---|---|---|---|---|");
        foreach (var renewal in forecast.Renewals)
        {
            var todo = renewal.Finding.Recommendation ?? renewal.Finding.Message;
            if (renewal.Finding.Parameters.Count > 0)
            {
                todo += " " + ReportLabels.Thresholds(renewal.Finding, labels);
            }

            writer.WriteLine($"| {Date(renewal.RenewBy)} | {renewal.CriterionId} | {renewal.Finding.RuleId} | {ReportLabels.Subject(renewal.Finding.Subject, labels)} | {E(todo)} | {E(Causes(renewal.Causes, labels))} |");
        }

        writer.WriteLine();
    }
}
