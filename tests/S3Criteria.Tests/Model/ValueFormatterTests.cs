using System.Globalization;
using S3Criteria.Model;

namespace S3Criteria.Tests.Model;

public sealed class ValueFormatterTests
{
    public static TheoryData<object?, string> Values => new()
    {
        { null, "(not given)" },
        { "text", "text" },
        { string.Empty, string.Empty },
        { 1234.5m, "1234.5" },
        { 2.00m, "2" },
        { 0.125m, "0.12" }, // rounded to two decimals, half to even
        { 0.135m, "0.14" },
        { -3.456m, "-3.46" },
        { 42, "42" },
        { true, "true" },
        { false, "false" },
        { new DateOnly(2026, 1, 2), "2026-01-02" },
        { CohesionCategory.LessDeveloped, "less-developed" },
        { Array.Empty<string>(), "none" },
        { new[] { "a", "b" }, "a, b" },
        { new[] { Helix.Business, Helix.CivilSociety }, "business, civil-society" },
        { new object?[] { 1.5m, null }, "1.5, (not given)" },
        { 2.5d, "2.5" },
        { 'c', "c" },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void Format_Value_GivesItsInvariantText(object? value, string expected)
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            Assert.Equal(expected, ValueFormatter.Format(value));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Format_ModelItems_GivesTheirNameOrTitle()
    {
        var region = new Region { Code = NutsCode.Parse("ITF4"), Name = "Puglia", Category = CohesionCategory.LessDeveloped };
        object[] items =
        [
            new CooperationVehicle { Id = "v", Name = "Vehicle", Kind = VehicleKind.Other },
            new PriorityArea { Id = "p", Name = "Priority" },
            new Partnership { Id = "ps", Title = "Partnership", Instrument = CooperationInstrument.Other, Status = PartnershipStatus.Active },
            new Stakeholder { Id = "s", Name = "Stakeholder", Helix = Helix.Business },
            new Indicator { Id = "i", Name = "Indicator", Type = IndicatorType.Output },
            new PolicyAction { Id = "a", Title = "Action", Type = ActionType.Other },
            new Strategy { Id = "t", Title = "Strategy", Region = region, PeriodStart = 2021, PeriodEnd = 2027 },
            new Partner { Name = "Partner", Country = CountryCode.Parse("IT") },
            region,
        ];

        Assert.Equal(["Vehicle", "Priority", "Partnership", "Stakeholder", "Indicator", "Action", "Strategy", "Partner", "Puglia"], items.Select(ValueFormatter.Format));
    }
}
