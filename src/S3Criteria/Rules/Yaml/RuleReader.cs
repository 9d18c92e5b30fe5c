using S3Criteria.Diagnostics;
using S3Criteria.Rules.Language;
using S3Criteria.Text;

namespace S3Criteria.Rules.Yaml;

/// <summary>Reads one rule of a rule file (an item of <c>rules:</c>); its expressions are kept as sources.</summary>
internal static class RuleReader
{
    private static readonly string[] RuleKeys =
    [
        "id", "title", "criterion", "severity", "role", "for-each", "applies-when", "let", "needs", "require", "message",
        "rationale", "recommendation", "references",
    ];

    /// <summary>Reads a rule; every problem is reported, and <see langword="null"/> returned when a required part is missing or malformed.</summary>
    public static RuleDefinition? Read(YNode node, SourceText file, ICollection<Diagnostic> diagnostics)
    {
        var map = Keys.Of(node, "a rule", RuleKeys, diagnostics);
        if (map is null)
        {
            return null;
        }

        var id = map.Text("id", required: true);
        var title = LocalizedTextReader.Read(map, "title", required: true);
        var severity = SeverityReader.Read(map, required: true);
        var require = map.Expression("require", file, required: true);
        var message = LocalizedTextReader.ReadTemplate(map, "message", file, required: true);
        var lets = ReadLets(map.Get("let"), file, diagnostics);
        var needs = ReadNeeds(map.Get("needs"), file, diagnostics);
        var references = ReadReferences(map.Get("references"), diagnostics);
        var rationale = LocalizedTextReader.Read(map, "rationale", required: false);
        var recommendation = LocalizedTextReader.ReadTemplate(map, "recommendation", file, required: false);
        var appliesWhen = map.Expression("applies-when", file, required: false);
        var forEach = map.Text("for-each");
        var role = RoleOf(map, diagnostics);
        if (id is null || title is null || severity is null || require is null || message is null)
        {
            return null;
        }

        return new RuleDefinition
        {
            Id = id,
            Location = map.Get("id")!.Location,
            Title = title,
            CriterionId = map.Text("criterion"),
            CriterionLocation = map.Get("criterion")?.Location,
            Severity = severity.Value,
            Role = role,
            ForEach = forEach,
            ForEachLocation = map.Get("for-each")?.Location,
            AppliesWhen = appliesWhen,
            Lets = lets,
            Needs = needs,
            Require = require,
            Message = message,
            Rationale = rationale,
            Recommendation = recommendation,
            References = references,
        };
    }

    private static RuleRole RoleOf(Keys map, ICollection<Diagnostic> diagnostics)
    {
        if (map.Text("role") is not { } text)
        {
            return RuleRole.Check;
        }

        if (Model.Naming.TryParseEnum(typeof(RuleRole), text, out var role))
        {
            return (RuleRole)role!;
        }

        var names = Model.Naming.EnumNames(typeof(RuleRole));
        diagnostics.Add(Messages.UnknownRuleRole.At(map.Get("role")!.Location, ("value", text), ("suggestion", NameSuggester.Suggest(text, names)), ("roles", names)));
        return RuleRole.Check;
    }

    private static List<LetDefinition> ReadLets(YNode? node, SourceText file, ICollection<Diagnostic> diagnostics)
    {
        var lets = new List<LetDefinition>();
        if (node is null)
        {
            return lets;
        }

        if (node is not YMapping values)
        {
            diagnostics.Add(Messages.LetNotMapping.At(node.Location, ("found", node.KindName)));
            return lets;
        }

        foreach (var (key, value) in values.Entries)
        {
            if (value is YScalar { IsNull: false } scalar)
            {
                lets.Add(new LetDefinition(key.Value, key.Location, ExpressionSource.FromScalar(scalar, file)));
            }
            else
            {
                diagnostics.Add(Messages.LetValueNotExpression.At(value.Location, ("name", key.Value), ("found", value.KindName)));
            }
        }

        return lets;
    }

    private static List<ExpressionSource> ReadNeeds(YNode? node, SourceText file, ICollection<Diagnostic> diagnostics)
    {
        var needs = new List<ExpressionSource>();
        foreach (var item in node is null ? [] : Keys.List(node, "'needs'", diagnostics) ?? [])
        {
            if (item is YScalar { IsNull: false } scalar)
            {
                needs.Add(ExpressionSource.FromScalar(scalar, file));
            }
            else
            {
                diagnostics.Add(Messages.NeedNotPath.At(item.Location, ("found", item.KindName)));
            }
        }

        return needs;
    }

    private static List<string> ReadReferences(YNode? node, ICollection<Diagnostic> diagnostics)
    {
        var references = new List<string>();
        foreach (var item in node is null ? [] : Keys.List(node, "'references'", diagnostics) ?? [])
        {
            if (item is YScalar { IsNull: false } scalar)
            {
                references.Add(scalar.Value);
            }
            else
            {
                diagnostics.Add(Messages.ReferenceNotText.At(item.Location, ("found", item.KindName)));
            }
        }

        return references;
    }
}
