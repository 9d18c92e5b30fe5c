using S3Criteria.Model;
using static S3Criteria.Writers.SelfAssessmentPhrases;

namespace S3Criteria.Writers;

/// <summary>
/// What the strategy document states for each criterion of enabling condition 1.1, as sentences with its own names,
/// dates and numbers (the managing body, the date of the analysis, the running partnerships and their partners'
/// countries...). Only what the document gives: a field it leaves out gives no sentence. "Running" is
/// <see cref="Partnership.IsRunningOn"/>, the one definition the rules use.
/// </summary>
internal static class SelfAssessmentFacts
{
    /// <summary>The sentences for a criterion: 0 for the precondition, 1 to 7 for the criteria, none for another.</summary>
    public static IEnumerable<string> Of(Strategy strategy, DateOnly date, int? criterion, SelfAssessmentPhrases p) => criterion switch
    {
        0 => Precondition(strategy, p),
        1 => Analysis(strategy.Analysis, p),
        2 => Governance(strategy.Governance, p),
        3 => Monitoring(strategy, p),
        4 => Edp(strategy, p),
        5 => Actions(strategy, ActionType.ResearchInnovationSystem, p.ResearchActions, p),
        6 => Actions(strategy, ActionType.IndustrialTransition, p.TransitionActions, p),
        7 => Cooperation(strategy, date, p),
        _ => [],
    };

    private static IEnumerable<string> Precondition(Strategy strategy, SelfAssessmentPhrases p)
    {
        yield return strategy.Adopted is { } adopted
            ? Fill(p.Adopted, ("title", strategy.Title), ("date", Date(adopted)))
            : Fill(p.NotAdopted, ("title", strategy.Title));
    }

    private static IEnumerable<string> Analysis(Model.Analysis analysis, SelfAssessmentPhrases p)
    {
        if (analysis.Updated is { } updated)
        {
            yield return Fill(p.AnalysisUpdated, ("date", Date(updated)));
        }

        if (analysis.CoversInnovationDiffusion == true && analysis.CoversDigitalisation == true)
        {
            yield return p.AnalysisCoversBoth;
        }
    }

    private static IEnumerable<string> Governance(Model.Governance governance, SelfAssessmentPhrases p)
    {
        if (!string.IsNullOrWhiteSpace(governance.Body))
        {
            yield return Fill(p.ManagingBody, ("body", governance.Body.TrimEnd('.')));
        }

        if (!string.IsNullOrWhiteSpace(governance.LegalBasis))
        {
            yield return Fill(p.Mandate, ("act", governance.LegalBasis.TrimEnd('.')));
        }
    }

    private static IEnumerable<string> Monitoring(Strategy strategy, SelfAssessmentPhrases p)
    {
        var monitoring = strategy.Monitoring;
        if (!string.IsNullOrWhiteSpace(monitoring.System))
        {
            yield return Fill(p.MonitoringSystem, ("system", monitoring.System.TrimEnd('.')));
        }

        if (monitoring.LastReport is { } report)
        {
            yield return Fill(p.LastReport, ("date", Date(report)));
        }

        if (strategy.Indicators is { Count: > 0 } indicators)
        {
            var results = indicators.Count(i => i.Type == IndicatorType.Result && i.Baseline is not null && i.Target is not null);
            yield return p.FillCounted(p.Indicators, ("count", Count(indicators.Count)), ("results", Count(results)));
        }

        if (monitoring.EvaluationPlanned == true)
        {
            yield return p.EvaluationPlanned;
        }
    }

    private static IEnumerable<string> Edp(Strategy strategy, SelfAssessmentPhrases p)
    {
        if (strategy.Stakeholders is { Count: > 0 } stakeholders)
        {
            var edp = stakeholders.Where(s => s.EdpParticipant).ToList();
            yield return p.FillCounted(
                p.EdpParticipants,
                ("count", Count(edp.Count)),
                ("total", Count(stakeholders.Count)),
                ("business", Count(edp.Count(s => s.Helix == Helix.Business))),
                ("research", Count(edp.Count(s => s.Helix == Helix.Research))));
        }

        var record = (strategy.Evidence ?? [])
            .Where(e => e.Type is EvidenceType.EdpMeeting or EvidenceType.EdpWorkingGroup or EvidenceType.EdpConsultation or EvidenceType.EdpReport && e.Date is not null)
            .MaxBy(e => e.Date);
        if (record is not null)
        {
            yield return Fill(p.EdpRecord, ("title", record.Title), ("date", Date(record.Date!.Value)));
        }
    }

    private static IEnumerable<string> Actions(Strategy strategy, ActionType type, string template, SelfAssessmentPhrases p)
    {
        var actions = (strategy.Actions ?? []).Where(a => a.Type == type).ToList();
        if (actions.Count > 0)
        {
            yield return p.FillCounted(template, ("count", Count(actions.Count)), ("budget", p.Amount(actions.Sum(a => a.Budget ?? 0))), ("title", actions[0].Title));
        }
    }

    private static IEnumerable<string> Cooperation(Strategy strategy, DateOnly date, SelfAssessmentPhrases p)
    {
        var home = strategy.Region.Code.Country;
        var running = (strategy.Partnerships ?? []).Where(p => p.IsRunningOn(date) && p.Partners.Any(x => x.Country != home)).ToList();
        if (running.Count > 0)
        {
            var first = running[0];
            var countries = string.Join(", ", first.Partners.Select(x => x.Country.Value).Where(c => !string.Equals(c, home.Value, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal));
            yield return p.FillCounted(p.RunningPartnerships, ("date", Date(date)), ("count", Count(running.Count)), ("country", home.Value), ("title", first.Title), ("countries", countries));
        }

        var funded = (strategy.Actions ?? []).Where(a => a.Type is ActionType.InternationalCooperation or ActionType.ProgrammeCooperation && a.Budget > 0).ToList();
        if (funded.Count > 0)
        {
            yield return p.FillCounted(p.FundedCooperation, ("count", Count(funded.Count)), ("title", funded[0].Title), ("budget", p.Amount(funded[0].Budget!.Value)));
        }
    }
}
