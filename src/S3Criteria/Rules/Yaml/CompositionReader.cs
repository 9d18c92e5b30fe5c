using S3Criteria.Diagnostics;
using S3Criteria.Text;

namespace S3Criteria.Rules.Yaml;

/// <summary>Reads how a rule file composes with others: what it extends (<c>extends:</c>) and how it changes their rules (<c>overrides:</c>).</summary>
internal static class CompositionReader
{
    private static readonly string[] OverrideKeys = ["severity", "disabled"];

    /// <summary>Reads <c>extends:</c>: one target or a list of them.</summary>
    public static List<ExtendsReference> ReadExtends(YNode node, ICollection<Diagnostic> diagnostics)
    {
        var extends = new List<ExtendsReference>();
        foreach (var target in node is YSequence targets ? targets.Items : [node])
        {
            if (target is YScalar { IsNull: false } scalar)
            {
                extends.Add(new ExtendsReference(scalar.Value, scalar.Location));
            }
            else
            {
                diagnostics.Add(Messages.ExtendsWrongType.At(target.Location, ("found", target.KindName)));
            }
        }

        return extends;
    }

    /// <summary>Reads <c>overrides:</c>: per rule id, a new severity, or <c>disabled</c> with the reason.</summary>
    public static List<RuleOverride> ReadOverrides(YNode node, ICollection<Diagnostic> diagnostics)
    {
        var overrides = new List<RuleOverride>();
        if (node is not YMapping rules)
        {
            diagnostics.Add(Messages.OverridesNotMapping.At(node.Location, ("found", node.KindName)));
            return overrides;
        }

        foreach (var (rule, value) in rules.Entries)
        {
            if (Keys.Of(value, $"the override of rule '{rule.Value}'", OverrideKeys, diagnostics) is not { } change)
            {
                continue;
            }

            var severity = SeverityReader.Read(change, required: false);
            var reason = change.Text("disabled");
            if (severity is null && reason is null)
            {
                diagnostics.Add(Messages.OverrideNeedsChange.At(value.Location, ("rule", rule.Value)));
                continue;
            }

            overrides.Add(new RuleOverride(rule.Value, severity, reason, rule.Location));
        }

        return overrides;
    }
}
