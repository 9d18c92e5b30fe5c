namespace S3Criteria.Model;

/// <summary>The strategy's analysis of challenges for innovation diffusion and digitalisation (criterion 1).</summary>
/// <threadsafety static="true" instance="true"/>
public sealed class Analysis
{
    /// <summary>Gets the date the analysis was last updated, if known.</summary>
    public DateOnly? Updated { get; init; }

    /// <summary>Gets a value indicating whether the analysis covers challenges for innovation diffusion, or <see langword="null"/> when the document does not say.</summary>
    public bool? CoversInnovationDiffusion { get; init; }

    /// <summary>Gets a value indicating whether the analysis covers digitalisation, or <see langword="null"/> when the document does not say.</summary>
    public bool? CoversDigitalisation { get; init; }
}
