using S3Criteria.Diagnostics;
using S3Criteria.Model;
using S3Criteria.Rules.Language;

namespace S3Criteria.Tests.Rules.Language;

/// <summary>Every type and name error of the binder: its code, the column it points at, and its exact text.</summary>
public sealed class ExpressionBinderTests
{
    private const string Names = "partnership, bad-statuses, label, min-active, status-name, statuses, strategy, today, priorities, partnerships, stakeholders, indicators, actions, evidence, vehicles";

    private const string PartnershipFields = "id, title, instrument, programme, macro-regional-strategy, partners, priorities, domains, role, status, start, end, funding, funding-source";

    private const string Functions = "count, count-distinct, list, exists, none, share, sum, years, months, days, year, date, running";

    [Theory]
    [InlineData("strategy.title", 1, "A condition must be true or false, but this is a text. Compare it with a value, as in '… >= 1'.")]
    [InlineData("partnership.end < '2027-13-01'", 19, "'2027-13-01' is not a date; write dates as 'YYYY-MM-DD'.")]
    [InlineData("date('soon') < today", 6, "'soon' is not a date; write dates as 'YYYY-MM-DD'.")]
    [InlineData("date(partnership.title) < today", 6, "date(…) takes a date written as 'YYYY-MM-DD'.")]
    [InlineData("not partnership.title", 5, "'not' applies to a condition, but this is a text.")]
    [InlineData("-partnership.title == 1", 2, "'-' applies to a number, but this is a text.")]
    [InlineData("partnership.title and true", 1, "'and' joins conditions, but this is a text.")]
    [InlineData("true or partnership.funding", 9, "'or' joins conditions, but this is a number.")]
    [InlineData("partnership.title == 1", 19, "'==' can only compare values of the same kind, but the left side is a text and the right side a number.")]
    [InlineData("partnership.partners != partnership.partners", 22, "'!=' can only compare values of the same kind, but the left side is a list of partner and the right side a list of partner.")]
    [InlineData("partnership.title > 1", 19, "'>' orders numbers with numbers and dates with dates, but the left side is a text and the right side a number.")]
    [InlineData("partnership.end <= 2027", 17, "'<=' orders numbers with numbers and dates with dates, but the left side is a date and the right side a number.")]
    [InlineData("partnership.title + 1 == 2", 19, "'+' does arithmetic on numbers, or adds a duration such as years(3) to a date, but the left side is a text and the right side a number.")]
    [InlineData("partnership.end - 1 < today", 17, "'-' does arithmetic on numbers, or adds a duration such as years(3) to a date, but the left side is a date and the right side a number.")]
    [InlineData("partnership.partners in ['a']", 1, "'in' tests a single value against a list, but the left side is a list of partner.")]
    [InlineData("partnership.title in partnership.funding", 22, "The right side of 'in' must be a list, such as [a, b] or a field that holds identifiers, but it is a number.")]
    [InlineData("partnership.funding in partnership.domains", 24, "Cannot look for a number in a list of text.")]
    [InlineData("partnership.title in [1, 2]", 22, "The list holds a number, but the value tested is a text.")]
    [InlineData("partnership.partners is missing", 1, "'is missing' tests a single value, but this is a list of partner; use count(…) == 0 for lists.")]
    [InlineData("[1, 2] == 1", 1, "A list can only appear on the right of 'in'.")]
    [InlineData("count(partnership.title) >= 1", 7, "count needs a list, but this is a text.")]
    [InlineData("year(partnership.title) == 1", 6, "year(…) takes a date, but this is a text.")]
    [InlineData("today - months(partnership.title) < today", 16, "months(…) takes a number, but this is a text.")]
    [InlineData("count(p in partnership.title) >= 1", 12, "count needs a list to go through, such as partnerships or priority.domains, but this is a text.")]
    [InlineData("count(p in partnerships where p.title) >= 1", 31, "'where' needs a condition, but this is a text.")]
    [InlineData("count-distinct(p.partners for p in partnerships) >= 1", 16, "count-distinct takes single values, but this is a list of partner.")]
    [InlineData("list(p.partners for p in partnerships) == 'x'", 6, "list takes single values, but this is a list of partner.")]
    [InlineData("sum(p.title for p in partnerships) > 1", 5, "sum adds up numbers, but this is a text.")]
    public void BindCondition_TypeError_ReportsTypeMismatch(string expression, int column, string message) =>
        AssertSingle(expression, DiagnosticCodes.TypeMismatch, column, message);

    [Theory]
    [InlineData("year(partnership.end, 1) == 2027", 1, "'year' takes one argument, but 2 were given.")]
    [InlineData("sum(partnership.partners) > 1", 1, "Write sum(x.value for x in collection where …).")]
    [InlineData("exists(partnership.partners)", 1, "Write exists(x in collection where …).")]
    [InlineData("days() < today", 1, "'days' takes one argument, but 0 were given.")]
    public void BindCondition_MisusedFunction_ReportsExpressionSyntax(string expression, int column, string message) =>
        AssertSingle(expression, DiagnosticCodes.ExpressionSyntax, column, message);

    [Theory]
    [InlineData("partnership.status == 'actve'", 23, "'actve' is not a partnership status. Did you mean 'active'? Expected one of: planned, active, lapsed.")]
    [InlineData("exists(a in actions where a.type == 'skill')", 37, "'skill' is not an action type. Did you mean 'skills'? Expected one of: research-innovation-system, industrial-transition, skills, international-cooperation, programme-cooperation, innovation-diffusion, capacity-building, other.")]
    [InlineData("partnership.status == actve", 23, "'actve' is not a partnership status. Did you mean 'active'? Expected one of: planned, active, lapsed.")]
    [InlineData("partnership.status == status-name", 23, "The parameter 'status-name' holds 'actve', which is not a partnership status. Did you mean 'active'? Expected one of: planned, active, lapsed.")]
    [InlineData("partnership.status in bad-statuses", 23, "The list holds 'actve', which is not a partnership status. Did you mean 'active'? Expected one of: planned, active, lapsed.")]
    [InlineData("partnership.status in [active, gone]", 32, "'gone' is not a partnership status. Expected one of: planned, active, lapsed.")]
    [InlineData("nope == 1", 1, "Unknown name 'nope'. Names available here: " + Names + ".")]
    [InlineData("count(partnerships) >= min-activ", 24, "Unknown name 'min-activ'. Did you mean 'min-active'? Names available here: " + Names + ".")]
    [InlineData("partnership-min-active > 1", 1, "Unknown name 'partnership-min-active'. Names available here: " + Names + ". To subtract, put spaces around the minus sign: 'a - b'.")]
    [InlineData("exists(p in partnerships where zzz)", 32, "Unknown name 'zzz'. Names available here: p, " + Names + ".")]
    [InlineData("partnership.title.length == 1", 19, "A text has no field 'length'; only objects of the strategy model have fields.")]
    [InlineData("partnership.titel == 'x'", 13, "The kind partnership has no field 'titel'. Did you mean 'title'? Fields of partnership: " + PartnershipFields + ".")]
    [InlineData("cont(partnership.partners) >= 1", 1, "Unknown function 'cont'. Did you mean 'count'? Functions: " + Functions + ".")]
    [InlineData("today-years(3) < today", 1, "Unknown function 'today-years'. Functions: " + Functions + ". To subtract, put spaces around the minus sign: 'a - b'.")]
    [InlineData("count(partnership in partnerships) >= 1", 7, "The name 'partnership' is already in use here; choose another name for each item.")]
    [InlineData("count(p in partnerships where count(p in partnerships) > 1) >= 1", 37, "The name 'p' is already in use here; choose another name for each item.")]
    public void BindCondition_UnknownName_ReportsUnknownName(string expression, int column, string message) =>
        AssertSingle(expression, DiagnosticCodes.UnknownName, column, message);

    private static void AssertSingle(string expression, string code, int column, string message)
    {
        var diagnostic = Assert.Single(Diagnose(expression));
        Assert.Equal(message, diagnostic.Message);
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal(column, diagnostic.Location!.Column);
    }

    /// <summary>Parses and binds <paramref name="text"/> as the condition of a rule for each partnership.</summary>
    private static List<Diagnostic> Diagnose(string text)
    {
        var diagnostics = new List<Diagnostic>();
        var source = ExpressionSource.FromText(text);
        var expression = Parser.Parse(source, diagnostics);
        if (expression is null)
        {
            return diagnostics;
        }

        Assert.True(ModelSchema.TryGetSubject("partnership", out var subject));
        var parameters = new Dictionary<string, ParameterValue>(StringComparer.Ordinal)
        {
            ["min-active"] = new(DataType.Number, 2m),
            ["label"] = new(DataType.Text, "x"),
            ["status-name"] = new(DataType.Text, "actve"),
            ["statuses"] = new(DataType.List(DataType.Text), (IReadOnlyList<string>)["active", "planned"]),
            ["bad-statuses"] = new(DataType.List(DataType.Text), (IReadOnlyList<string>)["active", "actve"]),
        };
        var binder = new ExpressionBinder(subject.Model, "partnership", parameters, [], diagnostics);
        binder.BindCondition(source, expression!);
        return diagnostics;
    }
}
