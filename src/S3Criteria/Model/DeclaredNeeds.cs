namespace S3Criteria.Model;

/// <summary>
/// Whether the "where relevant" criteria 5 and 6 are relevant, as the strategy states it. The Member State decides
/// relevance (Regulation (EU) 2021/1060, Article 15(2)): when a need is declared <see langword="false"/>, the
/// justification says why, and is what a self-assessment reports. <see langword="null"/> means the document does not
/// say, which rules treat as "cannot assess".
/// </summary>
/// <threadsafety static="true" instance="true"/>
public sealed class DeclaredNeeds
{
    /// <summary>Gets a value indicating whether actions to improve the research and innovation system are relevant (criterion 5), or <see langword="null"/> when not stated.</summary>
    public bool? ResearchInnovationSystem { get; init; }

    /// <summary>Gets why actions to improve the research and innovation system are, or are not, relevant.</summary>
    public string? ResearchInnovationSystemJustification { get; init; }

    /// <summary>Gets a value indicating whether actions to support industrial transition are relevant (criterion 6), or <see langword="null"/> when not stated.</summary>
    public bool? IndustrialTransition { get; init; }

    /// <summary>Gets why actions to support industrial transition are, or are not, relevant.</summary>
    public string? IndustrialTransitionJustification { get; init; }
}
