namespace S3Criteria.Model;

/// <summary>
/// Needs the strategy declares, which decide whether the "where relevant" criteria 5 and 6 apply.
/// </summary>
/// <threadsafety static="true" instance="true"/>
public sealed class DeclaredNeeds
{
    /// <summary>Gets a value indicating whether the strategy declares a need to improve the research and innovation system (criterion 5); <see langword="null"/> when it does not say, which rules treat as no need.</summary>
    public bool? ResearchInnovationSystem { get; init; }

    /// <summary>Gets a value indicating whether the strategy declares a need to support industrial transition (criterion 6); <see langword="null"/> when it does not say, which rules treat as no need.</summary>
    public bool? IndustrialTransition { get; init; }
}
