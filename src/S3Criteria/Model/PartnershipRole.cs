namespace S3Criteria.Model;

/// <summary>The region's own role in a partnership.</summary>
public enum PartnershipRole
{
    /// <summary>Leads or coordinates the partnership.</summary>
    Lead,

    /// <summary>A full partner.</summary>
    Partner,

    /// <summary>Follows the partnership without commitments.</summary>
    Observer,
}
