using S3Criteria.Documents;
using S3Criteria.Model;
using static S3Criteria.Tests.Support.RuleHarness;

namespace S3Criteria.Tests.Model;

public sealed class ModelSchemaTests
{
    private static readonly Strategy Strategy = StrategyDocument.Parse(BaseStrategy + """
        priorities:
          - { id: energy, name: Sustainable energy }
          - { id: health, name: Health }
        stakeholders:
          - { id: s1, name: Uni, helix: research }
        """).Strategy;

    [Theory]
    [InlineData("id", "text", false, true, true)]
    [InlineData("title", "text", false, true, true)]
    [InlineData("period-start", "number", false, true, true)]
    // Since rule set 0.3.0 (issue 12) a status or a collection left out is "not stated", so both are optional.
    [InlineData("status", "strategy status", true, false, true)]
    [InlineData("adopted", "date", true, false, true)]
    [InlineData("region", "region", false, true, true)]
    [InlineData("country", "text", false, false, false)]
    [InlineData("priorities", "list of priority", true, false, true)]
    public void Strategy_Field_HasItsTypeOptionalityAndRequirement(string name, string type, bool isOptional, bool isRequired, bool isSettable)
    {
        Assert.True(ModelSchema.Strategy.TryGetField(name, out var field));

        Assert.Equal((type, isOptional, isRequired, isSettable), (field.Type.DisplayName, field.IsOptional, field.IsRequired, field.IsSettable));
    }

    [Theory]
    [InlineData(typeof(Region), "macro-regions", "list of macro region")]
    [InlineData(typeof(Region), "code", "text")]
    [InlineData(typeof(Partner), "nuts", "text")]
    [InlineData(typeof(Partner), "helix", "helix")]
    [InlineData(typeof(PriorityArea), "domains", "list of text")]
    [InlineData(typeof(PriorityArea), "budget", "number")]
    [InlineData(typeof(PriorityArea), "description", "text")]
    [InlineData(typeof(Analysis), "covers-digitalisation", "true/false")]
    [InlineData(typeof(Indicator), "baseline-year", "number")]
    [InlineData(typeof(Partnership), "partners", "list of partner")]
    public void KindOf_ModelType_MapsEachProperty(Type type, string name, string expected)
    {
        Assert.True(ModelSchema.KindOf(type).TryGetField(name, out var field));

        Assert.Equal(expected, field.Type.DisplayName);
    }

    [Theory]
    [InlineData(typeof(Partner), "nuts", true)]
    [InlineData(typeof(Partner), "country", false)]
    [InlineData(typeof(PriorityArea), "description", true)]
    [InlineData(typeof(PriorityArea), "name", false)]
    [InlineData(typeof(PriorityArea), "domains", false)]
    [InlineData(typeof(Analysis), "updated", true)]
    public void KindOf_NullableProperty_IsOptional(Type type, string name, bool expected)
    {
        Assert.True(ModelSchema.KindOf(type).TryGetField(name, out var field));

        Assert.Equal(expected, field.IsOptional);
    }

    [Fact]
    public void Kinds_EveryModelClass_HasItsNameTypeAndFields()
    {
        Assert.Equal(("strategy", typeof(Strategy)), (ModelSchema.Strategy.Name, ModelSchema.Strategy.ClrType));
        Assert.Equal(("vehicle", typeof(CooperationVehicle)), (ModelSchema.Vehicle.Name, ModelSchema.Vehicle.ClrType));
        Assert.Equal("needs", ModelSchema.KindOf(typeof(DeclaredNeeds)).Name);
        Assert.Equal(["id", "name", "domains", "budget", "description"], ModelSchema.KindOf(typeof(PriorityArea)).Fields.Select(f => f.Name));
        Assert.False(ModelSchema.Strategy.TryGetField("Priorities", out _));
    }

    [Fact]
    public void TryGetKind_ModelAndOtherTypes_FindsOnlyModelKinds()
    {
        Assert.True(ModelSchema.TryGetKind(typeof(Partner), out var kind));
        Assert.Equal("partner", kind.Name);
        Assert.False(ModelSchema.TryGetKind(typeof(string), out _));
    }

    [Theory]
    [InlineData("strategy", SubjectKind.Strategy, null)]
    [InlineData("priority", SubjectKind.Priority, "priorities")]
    [InlineData("partnership", SubjectKind.Partnership, "partnerships")]
    [InlineData("stakeholder", SubjectKind.Stakeholder, "stakeholders")]
    [InlineData("indicator", SubjectKind.Indicator, "indicators")]
    [InlineData("action", SubjectKind.Action, "actions")]
    public void TryGetSubject_SubjectName_GivesItsKindAndCollection(string name, SubjectKind kind, string? collection)
    {
        Assert.True(ModelSchema.TryGetSubject(name, out var subject));

        Assert.Equal((kind, name, collection), (subject.Kind, subject.Name, subject.Collection?.Name));
        Assert.Same(subject, ModelSchema.Subject(kind));
    }

    [Theory]
    [InlineData("priorities")]
    [InlineData("Priority")]
    [InlineData("region")]
    public void TryGetSubject_OtherName_Fails(string name) =>
        Assert.False(ModelSchema.TryGetSubject(name, out _));

    [Fact]
    public void TryGetSubjectOf_Item_FindsTheSubjectOfItsType()
    {
        Assert.True(ModelSchema.TryGetSubjectOf(Strategy.Priorities![0], out var subject));
        Assert.Equal(SubjectKind.Priority, subject.Kind);
        Assert.True(ModelSchema.TryGetSubjectOf(Strategy, out subject));
        Assert.Equal(SubjectKind.Strategy, subject.Kind);
        Assert.False(ModelSchema.TryGetSubjectOf(Strategy.Region, out _));
    }

    [Fact]
    public void Subject_ItemsCountAndIdentify_ReadTheStrategy()
    {
        var priority = ModelSchema.Subject(SubjectKind.Priority);
        var strategy = ModelSchema.Subject(SubjectKind.Strategy);

        Assert.Equal(Strategy.Priorities, priority.Items(Strategy));
        Assert.Equal(2, priority.Count(Strategy));
        Assert.Equal(1, ModelSchema.Subject(SubjectKind.Stakeholder).Count(Strategy));
        Assert.Equal(0, ModelSchema.Subject(SubjectKind.Action).Count(Strategy));
        Assert.Equal([Strategy], strategy.Items(Strategy));
        Assert.Equal(1, strategy.Count(Strategy));
        Assert.Equal(("health", "Health"), priority.Identify(Strategy.Priorities![1]));
        Assert.Equal(("t", "Test strategy"), strategy.Identify(Strategy));
    }
}
