namespace S3Criteria.Model;

/// <summary>Where a partnership stands.</summary>
public enum PartnershipStatus
{
    /// <summary>Intended or under preparation; not yet running.</summary>
    Planned,

    /// <summary>Running.</summary>
    Active,

    /// <summary>Ended or dormant without a successor.</summary>
    Lapsed,
}
