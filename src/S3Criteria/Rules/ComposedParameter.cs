using S3Criteria.Rules.Language;

namespace S3Criteria.Rules;

/// <summary>A declared parameter and the value in force: its default, or the value a file or the caller set.</summary>
internal sealed record ComposedParameter(ParameterDefinition Definition, ParameterValue Value)
{
    public RuleParameterDescriptor ToDescriptor() => new(Definition.Name, Definition.Default.Display, Value.Display, Definition.Description);
}
