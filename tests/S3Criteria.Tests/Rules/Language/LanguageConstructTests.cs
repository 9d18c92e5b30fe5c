using S3Criteria.Reports;
using static S3Criteria.Tests.Support.RuleHarness;

namespace S3Criteria.Tests.Rules.Language;

/// <summary>Each construct of the rule language, with a tiny rule that fails on one strategy and passes on another.</summary>
public sealed class LanguageConstructTests
{
    private const string TwoPriorities = """
        priorities:
          - { id: a, name: Aerospace, domains: [aero, space], budget: 100 }
          - { id: b, name: Agri-food, domains: [food], budget: 300 }

        """;

    private const string Partnerships = TwoPriorities + """
        partnerships:
          - id: p1
            title: Solar
            instrument: s3-thematic-partnership
            status: active
            priorities: [a]
            domains: [space]
            funding: 1000
            end: 2027-12-31
            partners: [{ name: Alentejo, country: PT }]
          - id: p2
            title: Domestic
            instrument: bilateral-agreement
            status: lapsed
            priorities: [b]
            funding: 500
            partners: [{ name: Lazio, country: IT }]

        """;

    [Theory]
    [InlineData("strategy.region.category == less-developed", RuleOutcome.Passed)]
    [InlineData("strategy.region.category == transition", RuleOutcome.Failed)]
    [InlineData("strategy.region.category != transition", RuleOutcome.Passed)]
    [InlineData("strategy.period-start < 2021", RuleOutcome.Failed)]
    [InlineData("strategy.period-start <= 2021", RuleOutcome.Passed)]
    [InlineData("strategy.period-end > 2027", RuleOutcome.Failed)]
    [InlineData("strategy.period-end >= 2027", RuleOutcome.Passed)]
    [InlineData("strategy.title == 'Test strategy'", RuleOutcome.Passed)]
    [InlineData("strategy.country == 'ES'", RuleOutcome.Failed)]
    [InlineData("strategy.period-end - strategy.period-start == 6", RuleOutcome.Passed)]
    [InlineData("strategy.period-end - strategy.period-start * 2 > 0", RuleOutcome.Failed)]
    [InlineData("transition == strategy.region.category", RuleOutcome.Failed)]
    public void Evaluate_Comparison_FiresOnlyWhenFalse(string require, RuleOutcome expected) =>
        Assert.Equal(expected, Outcome(require, string.Empty));

    [Theory]
    [InlineData("strategy.period-start == 2021 and strategy.period-end == 2027", RuleOutcome.Passed)]
    [InlineData("strategy.period-start == 2021 and strategy.period-end == 2030", RuleOutcome.Failed)]
    [InlineData("strategy.period-start == 2000 or strategy.period-end == 2027", RuleOutcome.Passed)]
    [InlineData("strategy.period-start == 2000 or strategy.period-end == 2030", RuleOutcome.Failed)]
    [InlineData("not (strategy.period-start == 2021)", RuleOutcome.Failed)]
    [InlineData("not strategy.period-start == 2000", RuleOutcome.Passed)]
    public void Evaluate_BooleanLogic_CombinesConditions(string require, RuleOutcome expected) =>
        Assert.Equal(expected, Outcome(require, string.Empty));

    [Theory]
    [InlineData("strategy.region.lagging in [low-income, low-growth]", RuleOutcome.Passed)]
    [InlineData("strategy.region.lagging in [low-income, none]", RuleOutcome.Failed)]
    [InlineData("strategy.region.lagging not in [low-income, none]", RuleOutcome.Passed)]
    [InlineData("strategy.country in ['IT', 'ES']", RuleOutcome.Passed)]
    [InlineData("strategy.country not in ['IT', 'ES']", RuleOutcome.Failed)]
    public void Evaluate_MembershipInList_TestsEachItem(string require, RuleOutcome expected) =>
        Assert.Equal(expected, Outcome(require, string.Empty));

    [Fact]
    public void Evaluate_MembershipInModelList_MatchesIdentifiers()
    {
        var report = Evaluate(
            RuleFile("""
                  - id: R
                    title: Served by a partnership
                    severity: blocking
                    for-each: priority
                    require: exists(p in partnerships where priority.id in p.priorities and p.status == active)
                    message: "{priority.name} has no active partnership"
                """),
            Partnerships);

        var finding = Assert.Single(report.Findings);
        Assert.Equal("b", finding.Subject.Id);
        Assert.Equal("Agri-food has no active partnership", finding.Message);
    }

    [Theory]
    [InlineData("2025-01-01", RuleOutcome.Passed)]
    [InlineData("2023-11-25", RuleOutcome.Passed)]
    [InlineData("2023-11-24", RuleOutcome.Failed)]
    public void Evaluate_DateArithmetic_MeasuresAgainstEvaluationDate(string updated, RuleOutcome expected) =>
        Assert.Equal(expected, Outcome("strategy.analysis.updated >= today - years(3)", $"analysis: {{ updated: {updated} }}\n"));

    [Theory]
    [InlineData("strategy.adopted + months(6) <= today", "adopted: 2026-05-25", RuleOutcome.Passed)]
    [InlineData("strategy.adopted + months(6) <= today", "adopted: 2026-05-26", RuleOutcome.Failed)]
    [InlineData("strategy.adopted >= today - days(10)", "adopted: 2026-11-15", RuleOutcome.Passed)]
    [InlineData("strategy.adopted >= today - days(10)", "adopted: 2026-11-14", RuleOutcome.Failed)]
    [InlineData("year(strategy.adopted) == 2026", "adopted: 2026-01-01", RuleOutcome.Passed)]
    [InlineData("strategy.adopted > '2026-01-01'", "adopted: 2026-01-01", RuleOutcome.Failed)]
    public void Evaluate_DateFunctions_ComputeCalendarDates(string require, string strategy, RuleOutcome expected) =>
        Assert.Equal(expected, Outcome(require, strategy + "\n"));

    [Theory]
    [InlineData("count(p in partnerships where p.status == active) == 1", RuleOutcome.Passed)]
    [InlineData("count(p in partnerships where p.status == active) >= 2", RuleOutcome.Failed)]
    [InlineData("count(partnerships) == 2", RuleOutcome.Passed)]
    [InlineData("exists(p in partnerships where exists(x in p.partners where x.country != strategy.country))", RuleOutcome.Passed)]
    [InlineData("exists(p in partnerships where p.instrument == vanguard-initiative)", RuleOutcome.Failed)]
    [InlineData("none(p in partnerships where p.instrument == vanguard-initiative)", RuleOutcome.Passed)]
    [InlineData("none(p in partnerships where p.status == lapsed)", RuleOutcome.Failed)]
    [InlineData("sum(p.funding for p in partnerships) == 1500", RuleOutcome.Passed)]
    [InlineData("sum(p.funding for p in partnerships where p.status == active) > 1000", RuleOutcome.Failed)]
    [InlineData("share(p in partnerships where p.status == active) >= 0.5", RuleOutcome.Passed)]
    [InlineData("share(p in partnerships where p.status == active) > 0.5", RuleOutcome.Failed)]
    [InlineData("count(pr in priorities where pr.budget > 200) == 1", RuleOutcome.Passed)]
    [InlineData("count-distinct(p.instrument for p in partnerships) == 2", RuleOutcome.Passed)]
    [InlineData("count-distinct(p.status for p in partnerships where p.funding > 0) >= 3", RuleOutcome.Failed)]
    public void Evaluate_Aggregates_CountExistsNoneSumShare(string require, RuleOutcome expected) =>
        Assert.Equal(expected, Outcome(require, Partnerships));

    [Theory]
    [InlineData("exists(d in partnership.domains where exists(pr in priorities where pr.id in partnership.priorities and d in pr.domains))", "p2", RuleOutcome.Failed)]
    [InlineData("count(x in partnership.partners where x.country == 'PT') >= 1", "p2", RuleOutcome.Failed)]
    public void Evaluate_ForEachSubject_FindsEachFailingSubject(string require, string failing, RuleOutcome expected)
    {
        var report = Evaluate(
            RuleFile($"""
                  - id: R
                    title: Test
                    severity: blocking
                    for-each: partnership
                    require: "{require}"
                    message: "{"{"}partnership.id{"}"} fails"
                """),
            Partnerships);

        Assert.Equal(expected, report.Rules.Single().Outcome);
        Assert.Equal([failing], report.Findings.Select(f => f.Subject.Id));
        Assert.Equal($"{failing} fails", report.Findings[0].Message);
        Assert.Equal("partnerships[1]", report.Findings[0].Subject.Path);
        Assert.Equal(new S3Criteria.Diagnostics.SourceLocation("strategy.yaml", 19, 5), report.Findings[0].Subject.Location);
    }

    private const string ParameterRule = """
          - id: R
            title: Enough partnerships
            severity: blocking
            require: count(p in partnerships where p.status == active) >= min-active
            message: "{min-active} needed"
        """;

    [Fact]
    public void Evaluate_ParameterDefault_IsUsed()
    {
        var report = Evaluate(RuleFile(ParameterRule, "parameters: { min-active: 1 }"), Partnerships);
        Assert.Empty(report.Findings);
    }

    [Fact]
    public void Evaluate_ParameterOverride_ChangesThresholdWithoutEditingFile()
    {
        var report = Evaluate(RuleFile(ParameterRule, "parameters: { min-active: 1 }"), Partnerships, ("min-active", "2"));

        Assert.Equal("2 needed", Assert.Single(report.Findings).Message);
        var overridden = Assert.Single(report.Provenance.ParameterOverrides);
        Assert.Equal(("min-active", "2", "1"), (overridden.Name, overridden.Value, overridden.DefaultValue));
    }

    [Fact]
    public void Evaluate_ListParameterWithEnumValues_IsCheckedAgainstField()
    {
        const string Rule = """
              - id: R
                title: Instruments
                severity: blocking
                for-each: partnership
                require: partnership.instrument in allowed
                message: no
            """;
        Assert.Equal(["p2"], Evaluate(RuleFile(Rule, "parameters: { allowed: [s3-thematic-partnership, i3] }"), Partnerships).Findings.Select(f => f.Subject.Id));
        Assert.Empty(Evaluate(RuleFile(Rule, "parameters: { allowed: [s3-thematic-partnership, i3] }"), Partnerships, ("allowed", "bilateral-agreement, s3-thematic-partnership")).Findings);
    }

    [Theory]
    [InlineData("less-developed", RuleOutcome.Failed, Verdict.NotFulfilled)]
    [InlineData("more-developed", RuleOutcome.NotApplicable, Verdict.CannotAssess)]
    public void Evaluate_AppliesWhen_MakesRuleNotApplicable(string category, RuleOutcome expected, Verdict verdict)
    {
        var rules = Build(RuleFile("""
              - id: R
                title: Lagging regions use I3
                severity: blocking
                applies-when: strategy.region.category in [less-developed, transition]
                require: exists(p in partnerships where p.instrument == i3)
                message: no I3
            """));
        var strategy = BaseStrategy.Replace("less-developed", category, StringComparison.Ordinal) + Partnerships;

        var report = Evaluator(rules).Evaluate(S3Criteria.Documents.StrategyDocument.Parse(strategy));

        Assert.Equal(expected, report.Rules[0].Outcome);
        Assert.Equal(verdict, report.Criteria[0].Verdict);
    }

    [Fact]
    public void Evaluate_MessageAndRecommendationTemplates_RenderPlaceholdersAndLets()
    {
        var report = Evaluate(
            RuleFile("""
                  - id: R
                    title: Budget
                    severity: advisory
                    for-each: priority
                    let:
                      funded: sum(p.funding for p in partnerships where priority.id in p.priorities)
                    require: funded >= priority.budget * 2
                    message: "{priority.name} ({priority.domains}) has {funded} of cooperation funding against a budget of {priority.budget}; {{braces}} kept."
                    rationale: Because.
                    recommendation: "Budget cooperation for {priority.name} in the programme."
                    references: [Regulation (EU) 2021/1060, Annex IV]
                """),
            Partnerships);

        var finding = Assert.Single(report.Findings);
        Assert.Equal("b", finding.Subject.Id);
        Assert.Equal("Agri-food (food) has 500 of cooperation funding against a budget of 300; {braces} kept.", finding.Message);
        Assert.Equal("Because.", finding.Rationale);
        Assert.Equal("Budget cooperation for Agri-food in the programme.", finding.Recommendation);
        Assert.Equal(["Regulation (EU) 2021/1060", "Annex IV"], finding.References);
        Assert.Equal("funded", Assert.Single(finding.Evidence).Name);
        Assert.Equal("500", finding.Evidence[0].Value);
    }

    [Fact]
    public void Evaluate_MissingOptionalValue_IsCannotAssessNamingTheData()
    {
        var report = Evaluate(
            RuleFile("""
                  - id: R
                    title: Recent analysis
                    severity: blocking
                    require: strategy.analysis.updated >= today - years(3)
                    message: old
                """),
            string.Empty);

        var finding = Assert.Single(report.Findings);
        Assert.Equal(FindingStatus.CannotAssess, finding.Status);
        Assert.Equal(["strategy.analysis.updated"], finding.MissingData);
        Assert.Equal(RuleOutcome.CannotAssess, report.Rules[0].Outcome);
        Assert.Equal(Verdict.CannotAssess, report.Verdict);
    }

    [Theory]
    [InlineData("", RuleOutcome.Failed)]
    [InlineData("analysis: { updated: 2026-01-01 }\n", RuleOutcome.Passed)]
    public void Evaluate_IsMissingTest_HandlesAbsenceExplicitly(string strategy, RuleOutcome expected) =>
        Assert.Equal(expected, Outcome("strategy.analysis.updated is present and strategy.analysis.updated > today - years(5)", strategy));

    [Theory]
    [InlineData("", RuleOutcome.CannotAssess)]
    [InlineData("indicators: [{ id: i, name: I, type: result }]\n", RuleOutcome.Failed)]
    [InlineData("indicators: [{ id: i, name: I, type: result, measures-cooperation: true }]\n", RuleOutcome.Passed)]
    public void Evaluate_Needs_ReportsEmptyCollectionAsCannotAssess(string strategy, RuleOutcome expected) =>
        Assert.Equal(expected, Outcome("exists(i in indicators where i.measures-cooperation)", strategy, extra: "    needs: [indicators]"));

    [Theory]
    [InlineData(RuleOutcome.Passed, "none(p in partnerships where p.status == planned)")]
    [InlineData(RuleOutcome.Failed, "none(p in partnerships where p.status == lapsed)")]
    [InlineData(RuleOutcome.Failed, "exists(p in partnerships where p.funding > 5000)")]
    public void Evaluate_QuantifierOverFacts_CompilesToNotOrExists(RuleOutcome expected, string require) =>
        Assert.Equal(expected, Outcome(require, Partnerships));

    [Theory]
    [InlineData("blocking", Verdict.NotFulfilled, 0)]
    [InlineData("advisory", Verdict.Fulfilled, 1)]
    [InlineData("info", Verdict.Fulfilled, 1)]
    public void Evaluate_SeverityOfAFailedRule_DecidesVerdictOnlyWhenBlocking(string severity, Verdict expected, int improvements)
    {
        var report = Evaluate(
            RuleFile($"""
                  - id: P
                    title: Partnerships are recorded
                    severity: blocking
                    require: count(partnerships) > 0
                    message: none
                  - id: R
                    title: Vanguard
                    severity: {severity}
                    require: exists(p in partnerships where p.instrument == vanguard-initiative)
                    message: none
                """),
            Partnerships);

        Assert.Equal(expected, report.Criteria[0].Verdict);
        Assert.Equal(improvements, report.Criteria[0].Improvements);
        Assert.Equal(expected, report.Verdict);
    }

    [Fact]
    public void Evaluate_CriterionWithoutBlockingRule_CannotBeAssessedAsFulfilled()
    {
        var report = Evaluate(
            RuleFile("""
                  - id: R
                    title: Vanguard
                    severity: advisory
                    require: count(partnerships) > 0
                    message: none
                """),
            Partnerships);

        Assert.Equal(RuleOutcome.Passed, report.Rules.Single().Outcome);
        Assert.Equal(Verdict.CannotAssess, report.Criteria[0].Verdict);
    }
}
