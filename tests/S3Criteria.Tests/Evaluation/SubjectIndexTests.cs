using S3Criteria.Diagnostics;
using S3Criteria.Documents;
using S3Criteria.Evaluation;
using S3Criteria.Model;
using static S3Criteria.Tests.Support.RuleHarness;

namespace S3Criteria.Tests.Evaluation;

public sealed class SubjectIndexTests
{
    private static readonly StrategyDocument Document = StrategyDocument.Parse(BaseStrategy + """
        priorities:
          - { id: energy, name: Sustainable energy }
          - { id: health, name: Health }
        actions:
          - { id: a1, title: Vouchers, type: skills }
        """, filePath: "s.yaml");

    private static readonly SubjectIndex Index = new(Document.Strategy, Document);

    [Fact]
    public void SubjectOf_Action_HasKindIdTitlePathAndLocation()
    {
        var subject = Index.SubjectOf(Document.Strategy.Actions![0]);

        Assert.Equal(SubjectKind.Action, subject.Kind);
        Assert.Equal("a1", subject.Id);
        Assert.Equal("Vouchers", subject.Name);
        Assert.Equal("actions[0]", subject.Path);
        Assert.Equal(new SourceLocation("s.yaml", 10, 5), subject.Location);
    }

    [Fact]
    public void SubjectOf_Strategy_IsTheStrategyWithoutPath()
    {
        var subject = Index.SubjectOf(Document.Strategy);

        Assert.Equal(SubjectKind.Strategy, subject.Kind);
        Assert.Equal(("t", "Test strategy"), (subject.Id, subject.Name));
        Assert.Null(subject.Path);
        Assert.Null(subject.Location);
    }

    [Fact]
    public void OrderOf_Items_StrategyFirstThenDocumentOrderThenUnknownItems()
    {
        var strategy = Document.Strategy;
        var outsider = new PriorityArea { Id = "x", Name = "Not in the strategy" };

        int[] order = [Index.OrderOf(strategy), Index.OrderOf(strategy.Priorities![0]), Index.OrderOf(strategy.Priorities![1]), Index.OrderOf(strategy.Actions![0]), Index.OrderOf(outsider)];

        Assert.Equal(order.Order(), order);
        Assert.Equal(SubjectKind.Strategy, Index.SubjectOf(outsider).Kind);
    }

    [Fact]
    public void Subjects_EveryKind_IsIdentifiedByIdAndANameOrTitle()
    {
        Assert.All(ModelSchema.Subjects, subject =>
        {
            Assert.Equal("id", subject.IdField.Name);
            Assert.Contains(subject.NameField.Name, new[] { "name", "title" });
        });
    }
}
