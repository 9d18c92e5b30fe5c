using S3Criteria.Forecasting;
using static S3Criteria.Writers.ForecastText;

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
        writer.WriteLine($"## Forecast: {E(forecast.StrategyTitle)} ({forecast.RegionCode}): {Timeline(forecast.Condition)}");
        writer.WriteLine();
        writer.WriteLine($"Rule set `{provenance.RuleSetId}` {provenance.RuleSetVersion}, {Date(forecast.From)} to {Date(forecast.Until)}, evaluated on {forecast.EvaluatedDates.Count} change point(s). The document is taken as it stands: nothing renewed, nothing added.");
        writer.WriteLine();
        writer.WriteLine("| criterion | over the period |");
        writer.WriteLine("|---|---|");
        foreach (var criterion in forecast.Criteria)
        {
            writer.WriteLine($"| {criterion.CriterionId} {E(criterion.Title)} | **{Timeline(criterion.Intervals)}** |");
        }

        if (forecast.Changes.Count > 0)
        {
            writer.WriteLine();
            writer.WriteLine("### Changes");
            writer.WriteLine();
            foreach (var change in forecast.Changes)
            {
                var verdicts = change.Criteria.Select(c => $"{c.CriterionId} {Change(c.Before, c.After)}").ToList();
                if (change.ConditionBefore != change.ConditionAfter)
                {
                    verdicts.Add($"condition {Change(change.ConditionBefore, change.ConditionAfter)}");
                }

                writer.WriteLine($"- **{Date(change.Date)}**: {(verdicts.Count == 0 ? "findings change, no verdict does" : string.Join("; ", verdicts))}. Because {E(Causes(change.Causes))}.");
                foreach (var finding in change.Findings)
                {
                    writer.WriteLine($"  - {Kind(finding.Kind)}: **{finding.Finding.RuleId}** `{ReportLabels.Severity(finding.Finding.Severity)}` {Subject(finding.Finding.Subject)}: {E(finding.Finding.Message)}");
                }
            }
        }

        writer.WriteLine();
        if (forecast.Renewals.Count == 0)
        {
            writer.WriteLine(forecast.IsFulfilledThroughout ? "Nothing to renew: the condition stays fulfilled over the period." : "Nothing lapses in the period.");
            writer.WriteLine();
            return;
        }

        writer.WriteLine("### To renew before the condition lapses");
        writer.WriteLine();
        writer.WriteLine("| renew by | criterion | rule | subject | what to do | because |");
        writer.WriteLine("|---|---|---|---|---|---|");
        foreach (var renewal in forecast.Renewals)
        {
            var todo = renewal.Finding.Recommendation ?? renewal.Finding.Message;
            if (renewal.Finding.Parameters.Count > 0)
            {
                todo += " " + ReportLabels.Thresholds(renewal.Finding);
            }

            writer.WriteLine($"| {Date(renewal.RenewBy)} | {renewal.CriterionId} | {renewal.Finding.RuleId} | {Subject(renewal.Finding.Subject)} | {E(todo)} | {E(Causes(renewal.Causes))} |");
        }

        writer.WriteLine();
    }
}
