namespace S3Criteria.Reports;

/// <summary>A named value a rule computed, such as the number of active partnerships of a priority area.</summary>
/// <threadsafety static="true" instance="true"/>
public sealed class EvidenceItem
{
    internal EvidenceItem(string name, string value)
    {
        Name = name;
        Value = value;
    }

    /// <summary>Gets the name the rule gives the value (its <c>let</c> name).</summary>
    public string Name { get; }

    /// <summary>Gets the value, formatted invariantly.</summary>
    public string Value { get; }
}
