namespace S3Criteria.Rules;

/// <summary>A named threshold of a rule set, with its default and the value in force.</summary>
/// <threadsafety static="true" instance="true"/>
public sealed class RuleParameterDescriptor
{
    internal RuleParameterDescriptor(string name, string defaultValue, string value, string? description)
    {
        Name = name;
        DefaultValue = defaultValue;
        Value = value;
        Description = description;
    }

    /// <summary>Gets the name, such as <c>min-measures-per-priority</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the default the rule file declares, formatted invariantly.</summary>
    public string DefaultValue { get; }

    /// <summary>Gets the value in force, formatted invariantly.</summary>
    public string Value { get; }

    /// <summary>Gets a value indicating whether the caller overrode the default.</summary>
    public bool IsOverridden => !string.Equals(DefaultValue, Value, StringComparison.Ordinal);

    /// <summary>Gets what the parameter controls, if described.</summary>
    public string? Description { get; }
}
