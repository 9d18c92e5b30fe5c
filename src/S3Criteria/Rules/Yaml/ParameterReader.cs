using System.Globalization;
using S3Criteria.Diagnostics;
using S3Criteria.Model;
using S3Criteria.Rules.Language;
using S3Criteria.Text;

namespace S3Criteria.Rules.Yaml;

/// <summary>
/// Reads a rule file's parameters: the declarations (<c>parameters:</c>, a name and a default whose type becomes the
/// parameter's type) and the values the file sets for parameters declared elsewhere (<c>set:</c>).
/// </summary>
internal static class ParameterReader
{
    private static readonly string[] ParameterKeys = ["default", "description"];

    public static List<ParameterDefinition> ReadDeclarations(YNode node, ICollection<Diagnostic> diagnostics)
    {
        var parameters = new List<ParameterDefinition>();
        if (node is not YMapping mapping)
        {
            diagnostics.Add(Messages.ParametersNotMapping.At(node.Location, ("found", node.KindName)));
            return parameters;
        }

        foreach (var (key, value) in mapping.Entries)
        {
            string? description = null;
            var defaultNode = value;
            if (value is YMapping detailed && Keys.Of(detailed, $"parameter '{key.Value}'", ParameterKeys, diagnostics) is { } details)
            {
                description = details.Text("description");
                defaultNode = details.Get("default");
                if (defaultNode is null)
                {
                    diagnostics.Add(Messages.ParameterNeedsDefault.At(value.Location, ("name", key.Value)));
                    continue;
                }
            }

            if (Default(defaultNode) is { } parameter)
            {
                parameters.Add(new ParameterDefinition(key.Value, parameter, description, key.Location));
            }
            else
            {
                diagnostics.Add(Messages.ParameterDefaultWrongType.At(defaultNode.Location, ("name", key.Value)));
            }
        }

        return parameters;
    }

    public static List<ParameterSetting> ReadSettings(YNode node, ICollection<Diagnostic> diagnostics)
    {
        var settings = new List<ParameterSetting>();
        if (node is not YMapping values)
        {
            diagnostics.Add(Messages.SetNotMapping.At(node.Location, ("found", node.KindName)));
            return settings;
        }

        foreach (var (key, value) in values.Entries)
        {
            ParameterInput? input = value switch
            {
                YScalar scalar => ParameterInput.OfText(scalar.Value),
                YSequence items when items.Items.All(i => i is YScalar) => ParameterInput.OfItems([.. items.Items.Cast<YScalar>().Select(i => i.Value)]),
                _ => null,
            };
            if (input is null)
            {
                diagnostics.Add(Messages.SetValueWrongType.At(value.Location, ("name", key.Value)));
            }
            else
            {
                settings.Add(new ParameterSetting(key.Value, input, key.Location));
            }
        }

        return settings;
    }

    /// <summary>A default as written: a plain number or true/false, any other text, or a list of numbers or of text.</summary>
    private static ParameterValue? Default(YNode node)
    {
        switch (node)
        {
            case YScalar { IsNull: true }:
                return null;
            case YScalar scalar when scalar.Style == ScalarStyle.Plain:
                if (IsNumber(scalar.Value, out var number))
                {
                    return new ParameterValue(DataType.Number, number);
                }

                return scalar.Value is "true" or "false"
                    ? new ParameterValue(DataType.Boolean, scalar.Value == "true")
                    : new ParameterValue(DataType.Text, scalar.Value);
            case YScalar text:
                return new ParameterValue(DataType.Text, text.Value);
            case YSequence sequence when sequence.Items.All(i => i is YScalar):
                var values = sequence.Items.Cast<YScalar>().ToList();
                if (values.Count > 0 && values.All(v => v.Style == ScalarStyle.Plain && IsNumber(v.Value, out _)))
                {
                    return new ParameterValue(DataType.List(DataType.Number), (IReadOnlyList<decimal?>)[.. values.Select(v => (decimal?)decimal.Parse(v.Value, CultureInfo.InvariantCulture))]);
                }

                return new ParameterValue(DataType.List(DataType.Text), (IReadOnlyList<string>)[.. values.Select(v => v.Value)]);
            default:
                return null;
        }
    }

    private static bool IsNumber(string text, out decimal number) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number);
}
