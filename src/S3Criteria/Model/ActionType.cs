namespace S3Criteria.Model;

/// <summary>The kind of policy-mix measure an action is.</summary>
public enum ActionType
{
    /// <summary>Improves the national or regional research and innovation system (criterion 5).</summary>
    ResearchInnovationSystem,

    /// <summary>Supports industrial transition (criterion 6).</summary>
    IndustrialTransition,

    /// <summary>Develops skills for smart specialisation.</summary>
    Skills,

    /// <summary>Enhances cooperation with partners outside the Member State (criterion 7).</summary>
    InternationalCooperation,

    /// <summary>
    /// The programme's own interregional, cross-border and transnational actions with beneficiaries in at least one other
    /// Member State or outside the Union (Regulation (EU) 2021/1060, Article 22(3)(d)(vi)): a cooperation measure of
    /// criterion 7 that the managing authority controls directly.
    /// </summary>
    ProgrammeCooperation,

    /// <summary>Supports innovation diffusion and digitalisation.</summary>
    InnovationDiffusion,

    /// <summary>Builds the capacity of the administration or of stakeholders.</summary>
    CapacityBuilding,

    /// <summary>Any other measure.</summary>
    Other,
}
